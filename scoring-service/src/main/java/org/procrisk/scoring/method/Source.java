package org.procrisk.scoring.method;

public record Source(String id, String publisher, String title, int year, String url) {
}
