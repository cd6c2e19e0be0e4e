"""Saves a document as a password-protected .doc (password "secret") with LibreOffice.

Usage: /usr/bin/python3 encrypt-with-libreoffice.py SOURCE.docx TARGET.doc   (needs python3-uno)
"""
import subprocess, time, sys, uno
from com.sun.star.beans import PropertyValue
def prop(n, v):
    p = PropertyValue(); p.Name = n; p.Value = v; return p
proc = subprocess.Popen(["soffice", "--headless", "--norestore", "-env:UserInstallation=file:///tmp/wt-word-lo-profile",
                         "--accept=pipe,name=wtwordpipe;urp;"])
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(60):
        try:
            ctx = resolver.resolve("uno:pipe,name=wtwordpipe;urp;StarOffice.ComponentContext"); break
        except Exception:
            time.sleep(1)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    src, out_doc = sys.argv[1:3]
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (prop("Hidden", True),))
    doc.storeToURL(uno.systemPathToFileUrl(out_doc), (prop("FilterName", "MS Word 97"), prop("Password", "secret")))
    doc.close(True)
    try: desktop.terminate()
    except Exception: pass
finally:
    time.sleep(1)
    proc.terminate()
    proc.wait(timeout=30)
