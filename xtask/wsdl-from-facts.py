#!/usr/bin/env python3
"""Derive wsdl/ttsoapcgi.wsdl (Helix ALM 2017 / TestTrack SOAP interface) from the
collected JSON facts.

What this script is for
-----------------------
This script documents how the checked-in WSDL was derived from the facts in
../shared/testtrack (FACTS.md, QUIRKS.md and data/*.json). The WSDL file
`wsdl/ttsoapcgi.wsdl` is the checked-in artifact and is what the build uses.
CI does not run this script. Run it by hand when the facts change, then review
the diff and commit the regenerated WSDL:

    python3 xtask/wsdl-from-facts.py [FACTS_DIR] [-o OUT] [--check] [--version 2013]

FACTS_DIR defaults to ../shared/testtrack, taken relative to the project root
(the parent of xtask/). OUT defaults to <project root>/wsdl/ttsoapcgi.wsdl.
--check writes nothing. It exits 1 if OUT differs from what would be generated.

Standard library only.

With --version 2013 it writes wsdl/ttsoapcgi-2013.wsdl instead: the TestTrack 2013
interface (155 operations), taken from the 2013 facts alone (data/ops_2013_wsdl.json
and data/types_2013_wsdl.json: operations, parts, SOAPActions, struct fields with
their 2013 types, minOccurs and nillable, arrays, documentation), in the same layout.
The emulator's 2013 profile serves it.

Derivation rules for 2017 (see FACTS.md section 2 and section 4)
-----------------------------------------------------------------
* Operations: every operation of data/ops_2017_axis.json (161), in that order,
  with its part names, part types and SOAPAction exactly as recorded there.
  An operation part typed with a struct X gets the 2013 part type instead when
  the 2013 WSDL declares the same part as ArrayOfX. This never fires on the
  current data, because the 2017 op data already uses ArrayOf names.
* Operation documentation: the `doc` string of data/ops_2013_wsdl.json. The
  six operations that are not in the 2013 WSDL get the short, neutral text in
  NEW_OP_DOCS, based on FACTS.md sections 2 and 3. getRecordListForTable gets
  the sentence that FACTS.md section 3 quotes from the 2017 documentation.
* Structs: every type of data/types_2017_axis.json (61), with the field order,
  minOccurs and nillable of the 2017 (Axis) data. New fields were inserted,
  not appended, so the 2017 order is kept as it is. A field missing from the
  2017 data would fall back to the 2013 data (none do).
* Field types: Axis records an array-typed field by its ITEM type (for example
  CDefect.eventlist is recorded as ttns:CEvent). For each field that the 2013
  WSDL also has in the same struct:
    - 2013 type == 2017 type                 -> use it;
    - 2013 type is ArrayOfX, 2017 type is X  -> use ArrayOfX (the 2013 type);
    - anything else (the xsd:dateTime -> xsd:date fixes) -> take the 2017 type.
  A field that is new since 2013 must be an xsd scalar (FACTS.md section 2),
  and the script asserts this.
* Arrays: the 35 SOAP-ENC arrays of the 2013 data. More would be added only if
  a 2017 part or field needed one (none do).
* Type documentation: the 2013 `doc` of the type, if it has one.
* Layout: WSDL 1.1, rpc/encoded, binding `ttsoapcgi`, portType
  `ttsoapcgiPortType`, service/port `ttsoapcgi` at
  http://localhost/scripts/ttsoapcgi.exe. The formatting is our own (2-space
  indent, unprefixed WSDL elements, default-namespace XML Schema).
"""

import argparse
import json
import os
import sys
from xml.sax.saxutils import escape, quoteattr

TNS = "urn:testtrack-interface"
NS_WSDL = "http://schemas.xmlsoap.org/wsdl/"
NS_SOAP = "http://schemas.xmlsoap.org/wsdl/soap/"
NS_SOAPENC = "http://schemas.xmlsoap.org/soap/encoding/"
NS_XSD = "http://www.w3.org/2001/XMLSchema"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
HTTP_TRANSPORT = "http://schemas.xmlsoap.org/soap/http"
ADDRESS = "http://localhost/scripts/ttsoapcgi.exe"

SERVICE_DOC = ("TestTrack / Helix ALM SOAP interface (2017), written from public "
               "facts by the ttsoap project.")

# Short, neutral docs for operations that the 2013 WSDL does not have.
# Wording follows FACTS.md section 2 (versions) and section 3 (operation tables).
NEW_OP_DOCS = {
    "getRecordListForTableWithQuery":
        "Returns table data like getRecordListForTable, restricted by the JSON "
        "query string in the query parameter. The filtername parameter applies "
        "a filter; the columnlist parameter limits the returned columns. Added "
        "in Helix ALM 2017.",
    "getTTVersionInfo":
        "Returns the server and CGI version information (CTTVersionInfo). "
        "Added in Helix ALM 2017.",
    "getDocForExportTemplate":
        "Returns a document (CFile) generated with an export template, given by "
        "templateID or templateName, for records of a table selected by "
        "filtername, query or recordIDs. Added in Helix ALM 2017.",
    "getDocForExportTemplateReqDoc":
        "Returns a document (CFile) generated with an export template for a "
        "requirement document (documentID, snapshotVersion). Added in Helix "
        "ALM 2017.",
    "getDocForExportTemplateFolder":
        "Returns a document (CFile) generated with an export template for the "
        "items of a folder (folderPath, bRecursive). Added in Helix ALM 2017.",
    "getUserForCurrentSession":
        "Returns the user (CUser) logged in with the session cookie. Added "
        "after TestTrack 2013.",
}

# Sentences the 2017 documentation adds to an existing 2013 doc (FACTS.md section 3).
DOC_ADDITIONS_2017 = {
    "getRecordListForTable":
        "The returned DateTime data format is based on the server locale setting.",
}

HEADER_COMMENT = (
    "Helix ALM 2017 (TestTrack) SOAP interface. Written by the ttsoap project from "
    "public facts (shared/testtrack: FACTS.md, data/ops_2017_axis.json, "
    "data/types_2017_axis.json, data/ops_2013_wsdl.json, data/types_2013_wsdl.json). "
    "rpc/encoded, SOAP 1.1. Do not edit by hand: regenerate with "
    "xtask/wsdl-from-facts.py")


def die(msg):
    sys.stderr.write("wsdl-from-facts: %s\n" % msg)
    sys.exit(2)


def load(facts_dir, name, key):
    path = os.path.join(facts_dir, "data", name)
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)[key]
    except (OSError, ValueError, KeyError) as exc:
        die("cannot read %s: %s" % (path, exc))


def qname(t):
    """Bare base names in the Axis data ('CField') become 'ttns:CField'."""
    if t is None or ":" in t:
        return t
    return "ttns:" + t


def local(t):
    return t.split(":", 1)[1] if ":" in t else t


class Model:
    def __init__(self, facts_dir):
        self.ops17 = load(facts_dir, "ops_2017_axis.json", "ops")
        self.ops13 = {o["name"]: o for o in load(facts_dir, "ops_2013_wsdl.json", "ops")}
        self.types17 = load(facts_dir, "types_2017_axis.json", "types")
        types13 = load(facts_dir, "types_2013_wsdl.json", "types")
        self.structs13 = {n: t for n, t in types13.items() if t["kind"] == "struct"}
        # arrays: local name -> item type, in 2013 data order
        self.arrays = {}
        for n, t in types13.items():
            if t["kind"] != "array":
                continue
            (item,) = t["fields"]
            self.arrays[n] = item["type"]
        self.type_docs = {n: t["doc"] for n, t in types13.items() if t.get("doc")}
        self.notes = []  # human-readable log of derivation decisions

    # -- arrays -----------------------------------------------------------
    def array_for_item(self, item_type):
        for n, it in self.arrays.items():
            if it == item_type:
                return "ttns:" + n
        return None

    def ensure_array(self, array_qname):
        """Make sure ttns:ArrayOfX exists; add one only if the data needs it."""
        n = local(array_qname)
        if n in self.arrays:
            return
        item = n[len("ArrayOf"):]
        item_q = ("xsd:" + item) if item[:1].islower() else ("ttns:" + item)
        self.arrays[n] = item_q
        self.notes.append("added array type %s of %s" % (n, item_q))

    # -- structs ------------------------------------------------------------
    def struct_order(self):
        """2013 order (dependency-friendly) first, then types new in 2017."""
        order = [n for n in self.structs13 if n in self.types17]
        order += [n for n in self.types17 if n not in self.structs13]
        return order

    def fields(self, name):
        t17 = self.types17[name]
        old = {f["name"]: f for f in self.structs13.get(name, {"fields": []})["fields"]}
        out = []
        for f in t17["fields"]:
            typ = f["type"]
            f13 = old.get(f["name"])
            if f13 is not None:
                t13 = f13["type"]
                if t13 == typ:
                    pass
                elif local(t13) in self.arrays and self.arrays[local(t13)] == typ:
                    typ = t13  # Axis item type -> real ArrayOfX
                else:
                    self.notes.append("%s.%s: 2013 %s -> 2017 %s (2017 kept)"
                                      % (name, f["name"], t13, typ))
            else:
                if not typ.startswith("xsd:"):
                    die("%s.%s is new since 2013 and not an xsd scalar (%s); "
                        "cannot tell whether it is an array" % (name, f["name"], typ))
                self.notes.append("%s.%s: new since 2013 (%s)" % (name, f["name"], typ))
            minocc = f.get("min") if f.get("min") is not None else (f13 or {}).get("min", "0")
            nill = f.get("nillable")
            if nill is None and f13 is not None:
                nill = f13.get("nillable")
            out.append((f["name"], typ, minocc, nill == "true"))
        # fields only present in the 2013 shape (none today) keep their 2013 facts
        names17 = {f["name"] for f in t17["fields"]}
        for n13, f13 in old.items():
            if n13 not in names17:
                die("%s.%s exists only in the 2013 data; decide where it goes" % (name, n13))
        return out

    # -- operations -----------------------------------------------------------
    def parts(self, op, which):
        old = self.ops13.get(op["name"])
        old_parts = dict(old[which]) if old else {}
        out = []
        for pname, ptype in op[which]:
            t13 = old_parts.get(pname)
            if t13 and t13 != ptype and local(t13) in self.arrays \
                    and self.arrays[local(t13)] == ptype:
                self.notes.append("%s %s: item type %s -> %s" % (op["name"], pname, ptype, t13))
                ptype = t13
            if local(ptype).startswith("ArrayOf"):
                self.ensure_array(ptype)
            out.append((pname, ptype))
        return out

    def op_doc(self, name):
        if name in self.ops13 and self.ops13[name].get("doc"):
            doc = self.ops13[name]["doc"]
            extra = DOC_ADDITIONS_2017.get(name)
            if extra and extra not in doc:
                doc = doc.rstrip() + " " + extra
            return doc
        if name in NEW_OP_DOCS:
            return NEW_OP_DOCS[name]
        die("operation %s has no documentation fact" % name)


class Model2013(Model):
    """The 2013 interface from the 2013 facts only, behind the interface render() uses."""

    def __init__(self, facts_dir):
        super().__init__(facts_dir)
        self.ops17 = list(load(facts_dir, "ops_2013_wsdl.json", "ops"))
        self.types17 = {n: {"base": t["base"]} for n, t in self.structs13.items()}

    def struct_order(self):
        return list(self.structs13)

    def fields(self, name):
        return [(f["name"], f["type"], f.get("min") or "0", f.get("nillable") == "true")
                for f in self.structs13[name]["fields"]]

    def parts(self, op, which):
        return [(pname, ptype) for pname, ptype in op[which]]

    def op_doc(self, name):
        return self.ops13[name].get("doc") or name


VERSIONS = {
    "2017": (Model, "ttsoapcgi.wsdl", SERVICE_DOC, HEADER_COMMENT),
    "2013": (Model2013, "ttsoapcgi-2013.wsdl",
             "TestTrack 2013 SOAP interface, written from public facts by the ttsoap project.",
             "TestTrack Pro/RM 2013 SOAP interface. Written by the ttsoap project from public "
             "facts (shared/testtrack: data/ops_2013_wsdl.json, data/types_2013_wsdl.json). "
             "rpc/encoded, SOAP 1.1. Do not edit by hand: regenerate with "
             "xtask/wsdl-from-facts.py, version 2013"),
}


def render(model, service_doc=SERVICE_DOC, header=HEADER_COMMENT):
    L = []
    w = L.append

    w('<?xml version="1.0" encoding="UTF-8"?>')
    w("<!-- %s -->" % header)
    w('<definitions name="ttsoapcgi"')
    w('  targetNamespace="%s"' % TNS)
    w('  xmlns:tns="%s"' % TNS)
    w('  xmlns:ttns="%s"' % TNS)
    w('  xmlns:SOAP="%s"' % NS_SOAP)
    w('  xmlns:SOAP-ENC="%s"' % NS_SOAPENC)
    w('  xmlns:xsd="%s"' % NS_XSD)
    w('  xmlns:xsi="%s"' % NS_XSI)
    w('  xmlns:WSDL="%s"' % NS_WSDL)
    w('  xmlns="%s">' % NS_WSDL)
    w("")

    # ---------------------------------------------------------------- types
    # Resolve operation parts first: they may register extra array types.
    ops = []
    for op in model.ops17:
        ops.append((op, model.parts(op, "inParts"), model.parts(op, "outParts")))

    structs = model.struct_order()
    struct_fields = {n: model.fields(n) for n in structs}

    w("  <types>")
    w('    <schema targetNamespace="%s" xmlns="%s"' % (TNS, NS_XSD))
    w('      elementFormDefault="unqualified" attributeFormDefault="unqualified">')
    w('      <import namespace="%s"/>' % NS_SOAPENC)
    w("")
    w("      <!-- Structures (%d). Field order, minOccurs and nillable as in %s. -->"
      % (len(structs), "TestTrack 2013" if isinstance(model, Model2013) else "Helix ALM 2017"))
    for n in structs:
        base = qname(model.types17[n]["base"])
        w('      <complexType name="%s">' % n)
        if n in model.type_docs:
            w("        <annotation>")
            w("          <documentation>%s</documentation>" % escape(model.type_docs[n]))
            w("        </annotation>")
        ind = "        "
        if base:
            w('        <complexContent>')
            w('          <extension base="%s">' % base)
            ind = "            "
        flds = struct_fields[n]
        if flds:
            w(ind + "<sequence>")
            for fname, ftype, minocc, nill in flds:
                attrs = 'name=%s type="%s" minOccurs="%s"' % (quoteattr(fname), ftype, minocc)
                if nill:
                    attrs += ' nillable="true"'
                w(ind + "  <element %s/>" % attrs)
            w(ind + "</sequence>")
        else:
            w(ind + "<sequence/>")
        if base:
            w('          </extension>')
            w('        </complexContent>')
        w("      </complexType>")

    w("")
    w("      <!-- SOAP-encoded arrays (%d). -->" % len(model.arrays))
    for n, item in model.arrays.items():
        w('      <complexType name="%s">' % n)
        w("        <complexContent>")
        w('          <restriction base="SOAP-ENC:Array">')
        w("            <sequence>")
        w('              <element name="item" type="%s" minOccurs="0" maxOccurs="unbounded"/>' % item)
        w("            </sequence>")
        w('            <attribute ref="SOAP-ENC:arrayType" WSDL:arrayType="%s[]"/>' % item)
        w("          </restriction>")
        w("        </complexContent>")
        w("      </complexType>")
    w("    </schema>")
    w("  </types>")
    w("")

    # ------------------------------------------------------------- messages
    w("  <!-- Messages: one request and one response per operation. -->")
    for op, inp, outp in ops:
        for suffix, parts in (("Request", inp), ("Response", outp)):
            if not parts:
                w('  <message name="%s%s"/>' % (op["name"], suffix))
                continue
            w('  <message name="%s%s">' % (op["name"], suffix))
            for pname, ptype in parts:
                w('    <part name=%s type="%s"/>' % (quoteattr(pname), ptype))
            w("  </message>")
    w("")

    # ------------------------------------------------------------- portType
    w('  <portType name="ttsoapcgiPortType">')
    for op, _, _ in ops:
        name = op["name"]
        w('    <operation name="%s">' % name)
        w("      <documentation>%s</documentation>" % escape(model.op_doc(name)))
        w('      <input message="ttns:%sRequest"/>' % name)
        w('      <output message="ttns:%sResponse"/>' % name)
        w("    </operation>")
    w("  </portType>")
    w("")

    # -------------------------------------------------------------- binding
    body = ('<SOAP:body use="encoded" namespace="%s" encodingStyle="%s"/>'
            % (TNS, NS_SOAPENC))
    w('  <binding name="ttsoapcgi" type="ttns:ttsoapcgiPortType">')
    w('    <SOAP:binding style="rpc" transport="%s"/>' % HTTP_TRANSPORT)
    for op, _, _ in ops:
        w('    <operation name="%s">' % op["name"])
        w('      <SOAP:operation soapAction=%s style="rpc"/>' % quoteattr(op["soapAction"]))
        w("      <input>%s</input>" % body)
        w("      <output>%s</output>" % body)
        w("    </operation>")
    w("  </binding>")
    w("")

    # -------------------------------------------------------------- service
    w('  <service name="ttsoapcgi">')
    w("    <documentation>%s</documentation>" % escape(service_doc))
    w('    <port name="ttsoapcgi" binding="ttns:ttsoapcgi">')
    w('      <SOAP:address location="%s"/>' % ADDRESS)
    w("    </port>")
    w("  </service>")
    w("</definitions>")
    return "\n".join(L) + "\n"


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("facts", nargs="?", default=None,
                    help="facts directory (default: <project>/../shared/testtrack)")
    ap.add_argument("-o", "--out", default=None,
                    help="output file (default: wsdl/ttsoapcgi.wsdl, or wsdl/ttsoapcgi-2013.wsdl)")
    ap.add_argument("--version", choices=sorted(VERSIONS), default="2017",
                    help="which interface to write (default 2017)")
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 if the output file is out of date")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="print the derivation notes (type changes, new fields)")
    args = ap.parse_args()
    facts = args.facts or os.path.normpath(os.path.join(root, "..", "shared", "testtrack"))

    make, default_name, service_doc, header = VERSIONS[args.version]
    args.out = args.out or os.path.join(root, "wsdl", default_name)
    model = make(facts)
    text = render(model, service_doc, header)
    if args.verbose:
        for n in model.notes:
            print("note:", n)

    if args.check:
        try:
            with open(args.out, encoding="utf-8") as fh:
                current = fh.read()
        except OSError:
            current = None
        if current != text:
            print("%s is out of date; rerun xtask/wsdl-from-facts.py" % args.out)
            return 1
        print("%s is up to date" % args.out)
        return 0

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print("wrote %s (%d operations, %d structs, %d arrays)"
          % (args.out, len(model.ops17), len(model.types17), len(model.arrays)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
