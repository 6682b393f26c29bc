"""Load on `calidoc serve` (issue 17's performance goals), with the standard library only.

    python3 Benchmarks/servidor-carga.py BASE_URL WORKSPACE_IDS SERVER_PID [--segundos S] [--guardados N]

1. Preview after an edit, one editor: the editor's check (POST …/revisar with one field changed,
   as the page's script sends it while the person types) plus the GET of the draft preview it
   names, 200 times in a row (--veces): p50 and p99 of the pair.
2. One simulated editor per workspace at once, for S seconds or until N saves in all (with
   --pausa P, each waits about P seconds between actions, as a person reading and typing does;
   without it, none: the server's saturation), each one alternately saves the Política from the form (POST «Guardar» with its version tag; the answer
   gives the next tag) and checks + previews an edit. p50/p99 per kind, errors, and the server's
   resident memory at the start and the end.
Prints one table; exit status 1 when any request failed.

With --cuentas FILE (a shared server, `calidoc serve --config`, issue 19): FILE has one line per
simulated person, `institucion,usuario,contrasena,espacio`; each logs in first (not timed), then
edits its institution's workspace as above while the others do the same. Several people share a
workspace, so some saves are refused as conflicts (409, the page then reloads the form, as a
person would): that is the version tag working, not an error. Every fifth turn the person also asks
for a workspace of another institution, which must be refused. At the end: no two confirmed saves
of a workspace started from the same version (no lost write).
"""
import http.cookiejar
import argparse
import html.parser
import json
import random
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


class Client:
    """One browser: its own cookies (the login of a shared server)."""

    def __init__(self):
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def request(self, url, data=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(url, data=body, headers={"Origin": BASE} if body else {})
        start = time.perf_counter()
        with self.opener.open(req, timeout=60) as response:
            payload = response.read()
            return time.perf_counter() - start, response.status, payload

    def login(self, institution, user, password):
        _, _, page = self.request(f"{BASE}/entrar")
        token = re.search(r'name="csrf" value="([^"]+)"', page.decode())
        if not token:
            raise RuntimeError("the login page has no csrf field")
        _, _, answer = self.request(f"{BASE}/entrar", [("csrf", token.group(1)), ("volver", "/"), ("institucion", institution),
                                                       ("usuario", user), ("contrasena", password)])
        if 'id="formulario-entrar"' in answer.decode():
            raise RuntimeError(f"login refused for {institution}/{user}")


ANONYMOUS = Client()


def request(url, data=None, client=None):
    return (client or ANONYMOUS).request(url, data)


def form(workspace, client=None):
    _, _, page = request(f"{BASE}/espacios/{workspace}/archivos/politica.yaml", client=client)
    reader = FormReader()
    reader.feed(page.decode())
    text = [f for f in reader.fields if f[0].endswith(".descripcion")]
    return reader.fields, reader.revisar, text[0][0]


def edited(fields, name, suffix):
    return [(k, (v.rstrip() + suffix) if k == name else v) for k, v in fields] + [("accion", "guardar")]


def check_and_preview(workspace, fields, revisar, name, suffix, client=None):
    took, _, answer = request(BASE + revisar, edited(fields, name, suffix), client=client)
    preview = json.loads(answer).get("vistaPrevia")
    if not preview:
        raise RuntimeError("the check gave no preview: " + answer.decode()[:200])
    took2, _, body = request(BASE + preview, client=client)
    if suffix.strip() not in body.decode():
        raise RuntimeError("the preview does not show the edit")
    return took + took2


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        return int(re.search(r"VmRSS:\s+(\d+)", status.read()).group(1))


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))] if ordered else float("nan")


def field(fields, name):
    return next((value for key, value in fields if key == name), "")


def main():
    global BASE
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("workspaces", help="workspace ids, comma-separated (ignored with --cuentas)")
    parser.add_argument("pid", type=int)
    parser.add_argument("--segundos", type=float, default=60)
    parser.add_argument("--guardados", type=int, default=10000)
    parser.add_argument("--veces", type=int, default=200)
    parser.add_argument("--cuentas", help="institucion,usuario,contrasena,espacio per line: a shared server")
    parser.add_argument("--pausa", type=float, default=0, help="seconds each person waits between actions (0: none)")
    args = parser.parse_args()
    BASE = args.base.rstrip("/")

    if args.cuentas:
        with open(args.cuentas, encoding="utf-8") as lines:
            people = [line.strip().split(",") for line in lines if line.strip()]
    else:
        people = [(None, None, None, w) for w in args.workspaces.split(",")]
    clients = []
    for institution, user, password, _ in people:
        client = Client()
        if institution:
            client.login(institution, user, password)
        clients.append(client)
    # Every workspace with the institution it belongs to: a person asks for another's to check isolation.
    owner = {workspace: institution for institution, _, _, workspace in people}

    fields, revisar, name = form(people[0][3], clients[0])
    single = [check_and_preview(people[0][3], fields, revisar, name, f" edición{i}", clients[0]) for i in range(args.veces)]

    results = {"guardar": [], "revisar+vista": []}
    errors, saves, conflicts, refused, lock = [], [0], [0], [0], threading.Lock()
    confirmed = {}  # workspace -> [(version before, version after)]
    deadline = time.time() + args.segundos
    memory_start = rss_kb(args.pid)

    def editor(index):
        institution, _, _, workspace = people[index]
        client = clients[index]
        others = [w for w, i in owner.items() if i != institution]
        fields, revisar, name = form(workspace, client)
        turn = 0
        pace = random.Random(index)
        while time.time() < deadline:
            with lock:
                if saves[0] >= args.guardados:
                    return
            if args.pausa:
                # A person reads and types between actions (the page checks 0.6 s after the last key).
                time.sleep(pace.uniform(0.5, 1.5) * args.pausa)
            turn += 1
            try:
                if institution and others and turn % 5 == 0:
                    other = others[turn % len(others)]
                    try:
                        request(f"{BASE}/espacios/{other}/archivos/politica.yaml", client=client)
                        raise RuntimeError(f"{institution} read {other} of {owner[other]}")
                    except urllib.error.HTTPError as error:
                        if error.code not in (403, 404):
                            raise RuntimeError(f"{institution} asking for {other}: {error.code}")
                        with lock:
                            refused[0] += 1
                elif turn % 2:
                    before = field(fields, "version")
                    try:
                        took, status, page = request(f"{BASE}/espacios/{workspace}/archivos/politica.yaml",
                                                     edited(fields, name, f" g{index}-{turn}"), client=client)
                    except urllib.error.HTTPError as error:
                        if error.code != 409:
                            raise
                        error.read()
                        with lock:
                            conflicts[0] += 1
                        fields, revisar, name = form(workspace, client)
                        continue
                    reader = FormReader()
                    reader.feed(page.decode())
                    if "Guardado." not in page.decode() or not reader.fields:
                        raise RuntimeError("the save was not confirmed")
                    fields = reader.fields
                    with lock:
                        results["guardar"].append(took)
                        saves[0] += 1
                        confirmed.setdefault(workspace, []).append((before, field(fields, "version")))
                else:
                    took = check_and_preview(workspace, fields, revisar, name, f" r{turn}", client)
                    with lock:
                        results["revisar+vista"].append(took)
            except (urllib.error.URLError, RuntimeError, ValueError) as error:
                with lock:
                    errors.append(f"{workspace}: {error}")

    threads = [threading.Thread(target=editor, args=(i,)) for i in range(len(people))]
    started = time.time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.time() - started
    memory_end = rss_kb(args.pid)
    for workspace, pairs in confirmed.items():
        bases = [before for before, _ in pairs]
        if len(bases) != len(set(bases)):
            errors.append(f"{workspace}: two confirmed saves started from the same version (a lost write)")

    ms = lambda seconds: f"{seconds * 1000:7.1f} ms"
    print(f"vista previa tras una edición (1 editor, {len(single)} veces): p50 {ms(statistics.median(single))}  p99 {ms(percentile(single, 0.99))}")
    pause = f", una pausa de {args.pausa:g} s (±50 %) entre acciones" if args.pausa else ", sin pausas"
    print(f"{len(people)} editores a la vez durante {elapsed:.0f} s{pause}:")
    for kind, values in results.items():
        print(f"  {kind:14s} {len(values):6d} pedidos  p50 {ms(percentile(values, 0.5))}  p99 {ms(percentile(values, 0.99))}")
    everything = results["guardar"] + results["revisar+vista"]
    print(f"  todos          {len(everything):6d} pedidos  p50 {ms(percentile(everything, 0.5))}  p99 {ms(percentile(everything, 0.99))}")
    if args.cuentas:
        print(f"  conflictos de versión (409, el formulario se vuelve a abrir): {conflicts[0]}")
        print(f"  pedidos a otra institución rechazados: {refused[0]}")
    print(f"  errores: {len(errors)}" + (f" (el primero: {errors[0]})" if errors else ""))
    print(f"  memoria del servidor: {memory_start / 1024:.0f} MB al empezar, {memory_end / 1024:.0f} MB al terminar ({saves[0]} guardados)")
    raise SystemExit(1 if errors else 0)


BASE = ""
if __name__ == "__main__":
    main()
