package org.procrisk.supplier.rest;

/** Request examples of the order book, each an order that scores against the demo data. */
final class OrderExamples {

    static final String NATIVE = """
            {"buyerCountry":"DE","currency":"EUR",
             "lines":[{"lineNumber":10,"partNumber":"MAG-ROTOR-48","supplierId":"V-10042","quantity":1000,"unitPrice":12.40},
                      {"lineNumber":20,"quantity":500,"unitPrice":3.10,
                       "composition":[{"material":"GA","form":"COMPOUND","massKgPerUnit":0.0004}]}]}""";

    static final String SAP_V2 = """
            {"d":{"PurchaseOrder":"4500000123","CompanyCode":"1010","Supplier":"V-10042","DocumentCurrency":"EUR",
             "PurchaseOrderDate":"/Date(1764547200000)/",
             "to_PurchaseOrderItem":{"results":[
               {"PurchaseOrderItem":"00010","Material":"MAG-ROTOR-48","OrderQuantity":"1000","PurchaseOrderQuantityUnit":"PC",
                "NetPriceAmount":"124.00","NetPriceQuantity":"10","OrderPriceUnit":"PC"}]}}}""";

    static final String BULK = """
            [{"poNumber":"PO-2026-004711","buyerCountry":"DE","currency":"EUR",
              "lines":[{"lineNumber":10,"partNumber":"MAG-ROTOR-48","supplierId":"V-10042","quantity":1000,"unitPrice":12.40}]},
             {"poNumber":"PO-2026-004712","buyerCountry":"DE","currency":"EUR",
              "lines":[{"lineNumber":10,"quantity":500,"unitPrice":3.10,
                        "composition":[{"material":"GA","form":"COMPOUND","massKgPerUnit":0.0004}]}]}]""";

    private OrderExamples() {
    }
}
