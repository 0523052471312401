"""A real WSDL-driven client: Python zeep against a MantisConnect server of ours.

Usage: python3 mantis_zeep_client.py WSDL_PATH URL USER   (password in MANTIS_PASSWORD)

Loads MantisBT's own WSDL, points its binding at URL (the WSDL's soap:address is the public
MantisBT tracker; the tests stay on loopback), calls a few operations and prints one JSON
object with the values zeep decoded and the faults it got.
"""
import datetime
import json
import os
import sys

import zeep
from zeep.exceptions import Fault
from zeep.xsd import Nil

from zeep_client import OfflineTransport

BINDING = "{http://futureware.biz/mantisconnect}MantisConnectBinding"


def ref(r):
    return None if r is None else {"id": r.id, "name": r.name}


def issue(i):
    return {
        "id": i.id,
        "summary": i.summary,
        "description": i.description,
        "category": i.category,
        "project": ref(i.project),
        "priority": ref(i.priority),
        "status": ref(i.status),
        "sticky": i.sticky,
        "reporter": None if i.reporter is None else {
            "id": i.reporter.id,
            "name": i.reporter.name,
            "real_name": i.reporter.real_name,
            "email": i.reporter.email,
        },
        "date_submitted": None if i.date_submitted is None else i.date_submitted.isoformat(),
        "handler": None if i.handler is None else i.handler.name,
        "due_date": None if i.due_date is None else i.due_date.isoformat(),
        "tags": [ref(t) for t in (i.tags or [])],
        "notes": [n.text for n in (i.notes or [])],
    }


def fault(call):
    """The fault a call raised, as [code, text]; a call that succeeds is an error here."""
    try:
        value = call()
    except Fault as f:
        return [f.code, f.message]
    raise RuntimeError("expected a fault, got %r" % (value,))


def main():
    wsdl, url, user = sys.argv[1:4]
    password = os.environ["MANTIS_PASSWORD"]
    client = zeep.Client(wsdl, transport=OfflineTransport())
    svc = client.create_service(BINDING, url)
    factory = client.type_factory("ns0")
    out = {"version": svc.mc_version()}

    u = svc.mc_login(user, password)
    out["login"] = {
        "id": u.account_data.id,
        "name": u.account_data.name,
        "real_name": u.account_data.real_name,
        "email": u.account_data.email,
        "access_level": u.access_level,
        "timezone": u.timezone,
    }

    new = factory.IssueData(
        project=factory.ObjectRef(id=1),
        category="General",
        summary="Ünïcode & <markup> from zeep",
        description="line one\nline two",
        priority=factory.ObjectRef(id=40, name="high"),
        sticky=True,
        handler=Nil,  # written as <handler xsi:nil="true"/>
    )
    first = svc.mc_issue_add(user, password, new)
    new.summary = "second from zeep"
    new.sticky = False
    new.handler = None  # not written
    new.due_date = datetime.datetime(2027, 1, 31, 12, 0, tzinfo=datetime.timezone.utc)
    second = svc.mc_issue_add(user, password, new)
    out["added"] = [first, second]
    out["issue"] = issue(svc.mc_issue_get(user, password, first))
    out["page"] = [issue(i) for i in svc.mc_project_get_issues(user, password, 1, 1, 50)]
    out["empty_page"] = [issue(i) for i in (svc.mc_project_get_issues(user, password, 1, 3, 50) or [])]
    out["exists"] = [svc.mc_issue_exists(user, password, first), svc.mc_issue_exists(user, password, 99)]
    # A nil issue id (xsi:nil on a required integer): a lenient server reads 0, a strict
    # one answers a fault.
    try:
        out["exists_nil"] = svc.mc_issue_exists(user, password, Nil)
    except Fault as f:
        out["exists_nil"] = [f.code, f.message]
    out["faults"] = {
        "wrong_password": fault(lambda: svc.mc_login(user, password + "-wrong")),
        "missing_issue": fault(lambda: svc.mc_issue_get(user, password, 99)),
        "internal": fault(lambda: svc.mc_project_get_issues(user, password, 666, 1, 10)),
        "not_implemented": fault(lambda: svc.mc_enum_status(user, password)),
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
