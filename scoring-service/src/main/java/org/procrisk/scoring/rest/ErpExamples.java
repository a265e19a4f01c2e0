package org.procrisk.scoring.rest;

/** Purchase orders as SAP S/4HANA and Odoo send them, for the API description (demo parts and suppliers). */
final class ErpExamples {

    static final String SAP_V2 = """
            {"d":{"__metadata":{"id":"https://s4.example.com/sap/opu/odata/sap/API_PURCHASEORDER_PROCESS_SRV/A_PurchaseOrder('4500000123')",
                  "type":"API_PURCHASEORDER_PROCESS_SRV.A_PurchaseOrderType"},
              "PurchaseOrder":"4500000123","CompanyCode":"1010","PurchaseOrderType":"NB","Supplier":"V-10042",
              "DocumentCurrency":"EUR","PurchaseOrderDate":"/Date(1764547200000)/",
              "to_PurchaseOrderItem":{"results":[
                {"PurchaseOrder":"4500000123","PurchaseOrderItem":"00010","Material":"MAG-ROTOR-48","OrderQuantity":"1000",
                 "PurchaseOrderQuantityUnit":"PC","NetPriceAmount":"124.00","NetPriceQuantity":"10","OrderPriceUnit":"PC",
                 "OrderPriceUnitToOrderUnitNmrtr":"1","OrdPriceUnitToOrderUnitDnmntr":"1","PurchasingDocumentDeletionCode":""},
                {"PurchaseOrder":"4500000123","PurchaseOrderItem":"00020","Material":"","PurchaseOrderItemText":"Installation service",
                 "OrderQuantity":"1","PurchaseOrderQuantityUnit":"AU","NetPriceAmount":"800.00","NetPriceQuantity":"1",
                 "PurchasingDocumentDeletionCode":""},
                {"PurchaseOrder":"4500000123","PurchaseOrderItem":"00030","Material":"GAN-FET-650V","OrderQuantity":"500",
                 "PurchaseOrderQuantityUnit":"PC","NetPriceAmount":"3.10","NetPriceQuantity":"1","OrderPriceUnit":"PC",
                 "PurchasingDocumentDeletionCode":"L"}]}}}""";

    static final String SAP_V4 = """
            {"@odata.context":"$metadata#PurchaseOrder(_PurchaseOrderItem())/$entity",
             "PurchaseOrder":"4500000124","CompanyCode":"1010","Supplier":"V-20007","DocumentCurrency":"EUR",
             "PurchaseOrderDate":"2025-12-01",
             "_PurchaseOrderItem":[
               {"PurchaseOrderItem":"10","Material":"MAG-ROTOR-48","OrderQuantity":200,"PurchaseOrderQuantityUnit":"PC",
                "NetPriceAmount":12.4,"NetPriceQuantity":1,"OrderPriceUnit":"PC","PurchasingDocumentDeletionCode":""},
               {"PurchaseOrderItem":"20","Material":"GE-LENS-IR25","OrderQuantity":"40","PurchaseOrderQuantityUnit":"PC",
                "NetPriceAmount":"95.00","NetPriceQuantity":"1","OrderPriceUnit":"PC","PurchasingDocumentDeletionCode":""}]}""";

    static final String ODOO = """
            {"id":42,"name":"P00042","partner_id":[7,"Baotou Magnet Works"],"partner_ref":"V-10042",
             "currency_id":[1,"EUR"],"company_id":[1,"procrisk demo GmbH"],"date_order":"2025-12-01 09:30:00","state":"draft",
             "order_line":[
               {"id":301,"sequence":10,"display_type":"line_section","name":"Rotor parts","product_id":false,
                "product_qty":0,"price_unit":0,"discount":0},
               {"id":302,"sequence":10,"display_type":false,"name":"[MAG-ROTOR-48] NdFeB rotor magnet segment",
                "product_id":[55,"[MAG-ROTOR-48] NdFeB rotor magnet segment"],"product_qty":1000,
                "product_uom":[1,"Units"],"price_unit":12.4,"discount":0},
               {"id":303,"sequence":10,"display_type":false,"name":"[WC-INSERT-CNMG] Carbide insert",
                "product_id":[56,"[WC-INSERT-CNMG] Carbide insert"],"product_qty":50,"product_uom":[1,"Units"],
                "price_unit":8.0,"discount":10},
               {"id":304,"sequence":10,"display_type":"line_note","name":"Deliver to gate 3","product_id":false,
                "product_qty":0,"price_unit":0,"discount":0}]}""";

    private ErpExamples() {
    }
}
