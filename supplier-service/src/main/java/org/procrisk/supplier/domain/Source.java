package org.procrisk.supplier.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "source")
public class Source extends PanacheEntityBase {

    @Id
    public String id;

    public String publisher;

    public String title;

    @jakarta.persistence.Column(columnDefinition = "SMALLINT")
    public int year;

    public String url;

    public String notes;
}
