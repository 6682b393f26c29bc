"""Load on `calidoc serve` (issue 17's performance goals), with the standard library only.

    python3 Benchmarks/servidor-carga.py BASE_URL WORKSPACE_IDS SERVER_PID [--segundos S] [--guardados N]

1. Preview after an edit, one editor: the editor's check (POST …/revisar with one field changed,
   as the page's script sends it while the person types) plus the GET of the draft preview it
   names, 200 times in a row (--veces): p50 and p99 of the pair.
2. One simulated editor per workspace at once, for S seconds or until N saves in all: each one
   alternately saves the Política from the form (POST «Guardar» with its version tag; the answer
   gives the next tag) and checks + previews an edit. p50/p99 per kind, errors, and the server's
   resident memory at the start and the end.
Prints one table; exit status 1 when any request failed.
"""
import argparse
import html.parser
import json
import re
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request


class FormReader(html.parser.HTMLParser):
    """The fields of the editor form as a browser would post them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.fields, self.inside, self.textarea, self.select, self.revisar = [], False, None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id") == "formulario-editor":
            self.inside, self.revisar = True, a.get("data-revisar")
        if not self.inside:
            return
        if tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind not in ("submit", "button"):
                self.fields.append([a["name"], a.get("value", "")])
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
            self.fields.append(self.textarea)
        elif tag == "select" and a.get("name"):
            self.select = [a["name"], None]
        elif tag == "option" and self.select is not None:
            if self.select[1] is None or "selected" in a:
                self.select[1] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.textarea = None
        elif tag == "select" and self.select is not None:
            self.fields.append([self.select[0], self.select[1] or ""])
            self.select = None
        elif tag == "form":
            self.inside = False

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data


def request(url, data=None):
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    req = urllib.request.Request(url, data=body, headers={"Origin": BASE} if body else {})
    start = time.perf_counter()
    with urllib.request.urlopen(req, timeout=60) as response:
        payload = response.read()
        return time.perf_counter() - start, response.status, payload


def form(workspace):
    _, _, page = request(f"{BASE}/espacios/{workspace}/archivos/politica.yaml")
    reader = FormReader()
    reader.feed(page.decode())
    text = [f for f in reader.fields if f[0].endswith(".descripcion")]
    return reader.fields, reader.revisar, text[0][0]


def edited(fields, name, suffix):
    return [(k, (v.rstrip() + suffix) if k == name else v) for k, v in fields] + [("accion", "guardar")]


def check_and_preview(workspace, fields, revisar, name, suffix):
    took, _, answer = request(BASE + revisar, edited(fields, name, suffix))
    preview = json.loads(answer).get("vistaPrevia")
    if not preview:
        raise RuntimeError("the check gave no preview: " + answer.decode()[:200])
    took2, _, body = request(BASE + preview)
    if suffix.strip() not in body.decode():
        raise RuntimeError("the preview does not show the edit")
    return took + took2


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        return int(re.search(r"VmRSS:\s+(\d+)", status.read()).group(1))


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))] if ordered else float("nan")


def main():
    global BASE
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("workspaces")
    parser.add_argument("pid", type=int)
    parser.add_argument("--segundos", type=float, default=60)
    parser.add_argument("--guardados", type=int, default=10000)
    parser.add_argument("--veces", type=int, default=200)
    args = parser.parse_args()
    BASE = args.base.rstrip("/")
    workspaces = args.workspaces.split(",")

    fields, revisar, name = form(workspaces[0])
    single = [check_and_preview(workspaces[0], fields, revisar, name, f" edición{i}") for i in range(args.veces)]

    results = {"guardar": [], "revisar+vista": []}
    errors, saves, lock = [], [0], threading.Lock()
    deadline = time.time() + args.segundos
    memory_start = rss_kb(args.pid)

    def editor(workspace):
        fields, revisar, name = form(workspace)
        turn = 0
        while time.time() < deadline:
            with lock:
                if saves[0] >= args.guardados:
                    return
            turn += 1
            try:
                if turn % 2:
                    took, status, page = request(f"{BASE}/espacios/{workspace}/archivos/politica.yaml", edited(fields, name, f" g{turn}"))
                    reader = FormReader()
                    reader.feed(page.decode())
                    if "Guardado." not in page.decode() or not reader.fields:
                        raise RuntimeError("the save was not confirmed")
                    fields = reader.fields
                    with lock:
                        results["guardar"].append(took)
                        saves[0] += 1
                else:
                    took = check_and_preview(workspace, fields, revisar, name, f" r{turn}")
                    with lock:
                        results["revisar+vista"].append(took)
            except (urllib.error.URLError, RuntimeError, ValueError) as error:
                with lock:
                    errors.append(f"{workspace}: {error}")

    threads = [threading.Thread(target=editor, args=(w,)) for w in workspaces]
    started = time.time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.time() - started
    memory_end = rss_kb(args.pid)

    ms = lambda seconds: f"{seconds * 1000:7.1f} ms"
    print(f"vista previa tras una edición (1 editor, {len(single)} veces): p50 {ms(statistics.median(single))}  p99 {ms(percentile(single, 0.99))}")
    print(f"{len(workspaces)} editores a la vez durante {elapsed:.0f} s:")
    for kind, values in results.items():
        print(f"  {kind:14s} {len(values):6d} pedidos  p50 {ms(percentile(values, 0.5))}  p99 {ms(percentile(values, 0.99))}")
    print(f"  errores: {len(errors)}" + (f" (el primero: {errors[0]})" if errors else ""))
    print(f"  memoria del servidor: {memory_start / 1024:.0f} MB al empezar, {memory_end / 1024:.0f} MB al terminar ({saves[0]} guardados)")
    raise SystemExit(1 if errors else 0)


BASE = ""
if __name__ == "__main__":
    main()
