"""LibreOffice's own reading of a redline, for calidoc's redline tests (Python-UNO).

Usage: /usr/bin/python3 lo_tracked_changes.py accept|reject|none FILE.odt|FILE.docx [...]
       /usr/bin/python3 lo_tracked_changes.py each MODE FILE [MODE FILE ...]

Starts a headless LibreOffice (its own profile, a private pipe), opens each file, runs
"Accept All" (`.uno:AcceptAllTrackedChanges`) or "Reject All" (`.uno:RejectAllTrackedChanges`)
as a user would from Edit ▸ Track Changes, and prints the document's paragraphs, one per line, as
`odt_tracked_changes.py` does, but with each list item's label as LibreOffice numbers it:

    H: text            a heading
    P: text            a paragraph
    L<depth> <label>: text
                       a list item's paragraph (depth 1 for a top-level list; its label, "3." or
                       "iv.", empty for a bullet)
    R: a | b | c       a table row (its cells' text)

Each file's lines are preceded by "== FILE" ("== MODE FILE" with `each`, which gives each file its
own mode, so one LibreOffice serves a whole batch: starting it is most of a small file's time). Needs the system Python with python3-uno (Debian).
"""

import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def start():
    profile = tempfile.mkdtemp(prefix="calidoc-lo-")
    pipe = "calidoc%d" % os.getpid()
    process = subprocess.Popen(
        ["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--invisible", "--nologo",
         "--norestore", "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(240):
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            return process, context
        except Exception:
            if process.poll() is not None:
                raise SystemExit("soffice exited with %s" % process.returncode)
            time.sleep(0.25)
    process.kill()
    raise SystemExit("soffice did not answer")


def text_of(cell):
    return " ".join(cell.getString().split())


def lines_of(document):
    out = []
    enumeration = document.Text.createEnumeration()
    while enumeration.hasMoreElements():
        element = enumeration.nextElement()
        if element.supportsService("com.sun.star.text.TextTable"):
            rows = element.getRows().getCount()
            names = element.getCellNames()
            for row in range(rows):
                cells = [n for n in names if n.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") == str(row + 1)]
                out.append("R: " + " | ".join(text_of(element.getCellByName(n)) for n in cells))
            continue
        if not element.supportsService("com.sun.star.text.Paragraph"):
            continue
        text = " ".join(element.getString().split())
        style = element.ParaStyleName or ""
        if element.NumberingIsNumber and element.NumberingRules is not None and not style.startswith("Heading"):
            label = element.ListLabelString or ""
            out.append("L%d %s: %s" % (element.NumberingLevel + 1, label, text))
        elif element.OutlineLevel > 0 or style.startswith("Heading"):
            out.append("H: " + text)
        else:
            out.append("P: " + text)
    return out


def resolve(context, mode, path):
    """LibreOffice's lines of `path` after `mode`."""
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    dispatcher = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    document = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    frame = document.getCurrentController().getFrame()
    if mode == "accept":
        dispatcher.executeDispatch(frame, ".uno:AcceptAllTrackedChanges", "", 0, ())
    elif mode == "reject":
        dispatcher.executeDispatch(frame, ".uno:RejectAllTrackedChanges", "", 0, ())
    lines = lines_of(document)
    try:
        document.close(True)
    except Exception:
        # LibreOffice sometimes drops the bridge while closing on a loaded machine; the lines are read.
        pass
    return lines


def stop(process, context):
    try:
        context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context).terminate()
    except Exception:
        pass
    try:
        process.wait(timeout=20)
    except Exception:
        process.kill()


def main():
    each = sys.argv[1] == "each"
    if each:
        jobs = list(zip(sys.argv[2::2], sys.argv[3::2]))
    else:
        jobs = [(sys.argv[1], path) for path in sys.argv[2:]]
    process, context = start()
    try:
        for mode, path in jobs:
            for attempt in range(3):
                try:
                    lines = resolve(context, mode, path)
                    break
                except Exception:
                    # The bridge or soffice died (a LibreOffice crash, not the file): start it again.
                    if attempt == 2:
                        raise
                    stop(process, context)
                    process, context = start()
            print("== " + (mode + " " + path if each else path))
            for line in lines:
                print(line)
    finally:
        stop(process, context)


if __name__ == "__main__":
    main()
