"""A real WSDL-driven client: Python zeep against a calculator server of ours.

Usage: python3 calculator_zeep_client.py WSDL_PATH URL SOAP12_ONLY_URL

Loads the .asmx calculator's WSDL (document/literal, a SOAP 1.1 and a SOAP 1.2 binding),
points both bindings at URL (the tests stay on loopback), calls every operation over each,
then calls SOAP12_ONLY_URL (which serves SOAP 1.2 only) with the SOAP 1.1 binding, and
prints one JSON object with the results zeep decoded and the faults it got.
"""
import json
import sys

import zeep
from zeep.exceptions import Fault

from zeep_client import OfflineTransport

NS = "{http://tempuri.org/}"


def calls(svc):
    out = {
        "add": svc.Add(2, 3),
        "subtract": svc.Subtract(intA=-7, intB=5),
        "multiply": svc.Multiply(2147483647, 1),
        "divide": svc.Divide(-9, 2),
    }
    try:
        value = svc.Divide(1, 0)
        raise RuntimeError("expected a fault, got %r" % (value,))
    except Fault as f:
        out["divide_by_zero"] = [f.code, f.message]
    return out


def main():
    wsdl, url, soap12_only = sys.argv[1:4]
    client = zeep.Client(wsdl, transport=OfflineTransport())
    out = {}
    for name, binding in (("soap11", "CalculatorSoap"), ("soap12", "CalculatorSoap12")):
        out[name] = calls(client.create_service(NS + binding, url))
    try:
        value = client.create_service(NS + "CalculatorSoap", soap12_only).Add(2, 3)
        out["version_mismatch"] = ["answered", value]
    except Fault as f:
        out["version_mismatch"] = [f.code, f.message]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
