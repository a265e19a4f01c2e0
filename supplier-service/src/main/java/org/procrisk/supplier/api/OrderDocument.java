package org.procrisk.supplier.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documentation of what the order book takes: a native order, or an ERP's purchase order with {@code format}. */
@Schema(name = "OrderDocument", description = "A native order (OrderInput), or with `format` the ERP's purchase order "
        + "as the ERP scoring endpoints take it (ErpPurchaseOrder)", anyOf = {OrderInput.class, OrderDocument.ErpPurchaseOrder.class})
public final class OrderDocument {

    private OrderDocument() {
    }

    @Schema(name = "ErpPurchaseOrder", type = SchemaType.OBJECT, description = "An SAP S/4HANA A_PurchaseOrder (OData v2, "
            + "in {\"d\": ...} or bare) or PurchaseOrder (OData v4) with its items expanded, or an Odoo purchase.order with "
            + "its lines read; see the ERP operations")
    public static final class ErpPurchaseOrder {

        private ErpPurchaseOrder() {
        }
    }
}
