#!/usr/bin/env python3
"""Deterministic benchmark data: suppliers, parts, declarations and purchase orders.

    bench/generate.py OUT_DIR --parts 100000 --suppliers 10000 --orders 50000 --lines 20 --seed 42

Writes suppliers.json, parts-NN.json (10,000 parts per file, one bulk call each),
declarations.ndjson (10% of suppliers), order-20.json (one 20-line order), sap-order-50.json (one SAP
S/4HANA purchase order of 50 items, OData v2), orders.ndjson (and the same orders in book-NN.json,
bulk writes of 10,000 for the order book), and
bom-10000.csv / bom-100000.csv (BOM checks: half the lines name a registered part, half list their
materials inline, one to three rows per line).
"""
import argparse
import json
import os
import random

MATERIALS = [  # (code, form, kg per unit) templates of realistic parts
    [("ND", "MAGNET", 0.21), ("PR", "MAGNET", 0.06), ("DY", "MAGNET", 0.008)],
    [("SM", "MAGNET", 0.004)],
    [("GA", "COMPOUND", 0.0004)],
    [("GE", "METAL", 0.035)],
    [("GRAPHITE", "COMPOUND", 1.2)],
    [("SB", "OXIDE", 2.5)],
    [("W", "COMPOUND", 0.009)],
    [("IN", "OXIDE", 0.0002)],
    [("W", "ALLOY", 0.4), ("MO", "ALLOY", 0.05)],
    [("ND", "OXIDE", 1.0), ("TB", "OXIDE", 0.01)],
]
COUNTRIES = ["CN", "JP", "US", "DE", "AU", "MY", "EE", "KR", "VN", "FR"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--parts", type=int, default=100_000)
    p.add_argument("--suppliers", type=int, default=10_000)
    p.add_argument("--orders", type=int, default=50_000)
    p.add_argument("--lines", type=int, default=20)
    p.add_argument("--seed", type=int, default=42)
    a = p.parse_args()
    rnd = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)

    suppliers = [{"externalId": f"BS-{i:06d}", "name": f"Bench supplier {i}",
                  "country": COUNTRIES[i % len(COUNTRIES)]} for i in range(a.suppliers)]
    with open(os.path.join(a.out, "suppliers.json"), "w") as f:
        json.dump(suppliers, f)

    parts = []
    for i in range(a.parts):
        template = MATERIALS[i % len(MATERIALS)]
        parts.append({"partNumber": f"BP-{i:07d}", "description": f"Bench part {i}",
                      "composition": [{"material": m, "form": form,
                                       "massKgPerUnit": round(kg * (0.5 + rnd.random()), 6)}
                                      for m, form, kg in template],
                      "suppliers": [suppliers[rnd.randrange(a.suppliers)]["externalId"]]})
    for n, start in enumerate(range(0, a.parts, 10_000)):
        with open(os.path.join(a.out, f"parts-{n:02d}.json"), "w") as f:
            json.dump(parts[start:start + 10_000], f)

    with open(os.path.join(a.out, "declarations.ndjson"), "w") as f:
        for s in suppliers[: a.suppliers // 10]:
            jp = round(rnd.random(), 3)
            f.write(json.dumps({"supplier": s["externalId"], "material": "ND", "stage": "REFINING",
                                "shares": {"JP": jp, "CN": round(1 - jp, 3)}, "validFrom": "2025-01-01"}) + "\n")

    def order(n):
        lines = []
        for j in range(a.lines):
            part = parts[rnd.randrange(a.parts)]
            lines.append({"lineNumber": (j + 1) * 10, "partNumber": part["partNumber"],
                          "supplierId": part["suppliers"][0], "quantity": rnd.randint(1, 5000),
                          "unitPrice": f"{rnd.uniform(0.5, 500):.2f}"})
        return {"poNumber": f"PO-B-{n:07d}", "buyerCountry": COUNTRIES[n % len(COUNTRIES)],
                "currency": "EUR", "asOf": "2025-06-01", "lines": lines}

    with open(os.path.join(a.out, "order-20.json"), "w") as f:
        json.dump(order(0), f)
    with open(os.path.join(a.out, "sap-order-50.json"), "w") as f:
        json.dump(sap_order(parts, random.Random(a.seed + 1), 50), f)  # its own draws: the other files stay as they were
    book = []  # the same orders for the order book, which scores them as of each day: no asOf
    with open(os.path.join(a.out, "orders.ndjson"), "w") as f:
        for n in range(a.orders):
            o = order(n)
            f.write(json.dumps(o, separators=(",", ":")) + "\n")
            book.append({k: v for k, v in o.items() if k != "asOf"})
    for i in range(0, len(book), 10_000):
        with open(os.path.join(a.out, f"book-{i // 10_000:02d}.json"), "w") as f:
            json.dump(book[i:i + 10_000], f, separators=(",", ":"))

    for size in (10_000, 100_000):
        write_bom(os.path.join(a.out, f"bom-{size}.csv"), size, parts, suppliers, rnd)


def sap_order(parts, rnd, items):
    """One SAP S/4HANA purchase order (OData v2, items expanded) of one supplier, as the ERP sends it."""
    supplier = parts[0]["suppliers"][0]
    results = []
    for j in range(items):
        part = parts[rnd.randrange(len(parts))]
        results.append({"__metadata": {"type": "API_PURCHASEORDER_PROCESS_SRV.A_PurchaseOrderItemType"},
                        "PurchaseOrder": "4500009999", "PurchaseOrderItem": f"{(j + 1) * 10:05d}",
                        "Material": part["partNumber"], "OrderQuantity": str(rnd.randint(1, 5000)),
                        "PurchaseOrderQuantityUnit": "PC", "NetPriceAmount": f"{rnd.uniform(5, 5000):.2f}",
                        "NetPriceQuantity": "10", "OrderPriceUnit": "PC", "OrderPriceUnitToOrderUnitNmrtr": "1",
                        "OrdPriceUnitToOrderUnitDnmntr": "1", "PurchasingDocumentDeletionCode": ""})
    return {"d": {"PurchaseOrder": "4500009999", "CompanyCode": "1010", "Supplier": supplier,
                  "DocumentCurrency": "EUR", "PurchaseOrderDate": "/Date(1764547200000)/",
                  "to_PurchaseOrderItem": {"results": results}}}


def write_bom(path, lines, parts, suppliers, rnd):
    with open(path, "w") as f:
        f.write("lineNumber,partNumber,description,quantity,unitPrice,supplierId,material,form,massKgPerUnit\n")
        for n in range(1, lines + 1):
            part = parts[rnd.randrange(len(parts))]
            quantity = rnd.randint(1, 50)
            supplier = suppliers[rnd.randrange(len(suppliers))]["externalId"] if rnd.random() < 0.2 else ""
            if n % 2:
                f.write(f'{n},{part["partNumber"]},"{part["description"]}, rev A",{quantity},,{supplier},,,\n')
                continue
            for m, form, kg in MATERIALS[rnd.randrange(len(MATERIALS))]:
                f.write(f'{n},BOM-{n:06d},"Assembly {n}, inline",{quantity},,{supplier},{m},{form},{kg}\n')


if __name__ == "__main__":
    main()
