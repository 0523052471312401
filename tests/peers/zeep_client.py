"""A real WSDL-driven peer: Python zeep against the emulator.

Usage: python3 zeep_client.py WSDL_URL PROJECT USER [DEFECT_NUMBER]  (password in TT_PASSWORD)

Loads the WSDL the emulator serves, logs on with ProjectLogon, reads a defect, edits and
saves it, reads it back and logs off. Prints one JSON object with what it saw. The SOAP-ENC
schema is served from our local copy (zeep would otherwise fetch it from the internet).
"""
import json
import os
import sys
import time

import zeep
from zeep.transports import Transport

HERE = os.path.dirname(os.path.abspath(__file__))
SOAP_ENC = "http://schemas.xmlsoap.org/soap/encoding/"


class OfflineTransport(Transport):
    """Serves the SOAP-ENC schema locally; everything else goes to the emulator."""

    def load(self, url):
        if url.rstrip("/") == SOAP_ENC.rstrip("/"):
            with open(os.path.join(HERE, "soap-encoding.xsd"), "rb") as f:
                return f.read()
        if url.startswith(("http://127.0.0.1", "http://localhost", "/", "file:")):
            return super().load(url)
        raise RuntimeError("refusing to fetch %s: tests stay on loopback" % url)


def main():
    wsdl, project, user = sys.argv[1:4]
    number = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    password = os.environ["TT_PASSWORD"]
    client = zeep.Client(wsdl, transport=OfflineTransport())
    svc = client.service
    out = {}
    projects = svc.getProjectList(user, password)
    out["projects"] = [p.database.name for p in projects]
    proj = [p for p in projects if p.database.name == project][0]
    cookie = svc.ProjectLogon(proj, user, password)
    out["cookie_ok"] = cookie > 0
    try:
        d = svc.getDefect(cookie, number, "", False)
        out["summary_before"] = d.summary
        e = svc.editDefect(cookie, number, "", False)
        new_summary = "edited by zeep %d" % number
        e.summary = new_summary
        out["save_result"] = svc.saveDefect(cookie, e)
        d2 = svc.getDefect(cookie, number, "", False)
        out["summary_after"] = d2.summary
        out["number"] = d2.defectnumber
        if len(sys.argv) > 5:
            n = int(sys.argv[5])
            start = time.perf_counter()
            for _ in range(n):
                svc.getDefect(cookie, number, "", False)
            out["rate"] = n / (time.perf_counter() - start)
    finally:
        out["logoff"] = svc.DatabaseLogoff(cookie)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
