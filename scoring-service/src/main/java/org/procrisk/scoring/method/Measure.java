package org.procrisk.scoring.method;

public enum Measure {
    BAN, QUOTA, LICENCE, DUTY, TECH_BAN
}
