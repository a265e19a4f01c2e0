package org.procrisk.gateway.proxy;

/**
 * Whether a Host value is {@code name[:port]} or {@code [ip-literal][:port]}: a letter-or-digit name
 * of at most 253 characters (letters, digits, '.', '-', not starting or ending with '.' or '-'), or
 * 2 to 45 hex digits, ':' and '.' in brackets; the port 1 to 5 digits. Checked on every proxied
 * request, where a regular expression showed on the profile; {@code HostNamesTest} holds this to it.
 */
final class HostNames {

    private HostNames() {
    }

    static boolean isHost(String value) {
        int n = value.length();
        int end;
        if (n > 0 && value.charAt(0) == '[') {
            end = value.indexOf(']');
            if (end < 3 || end > 46) {
                return false;
            }
            for (int i = 1; i < end; i++) {
                char c = value.charAt(i);
                if (!(isHexDigit(c) || c == ':' || c == '.')) {
                    return false;
                }
            }
            end++;
        } else {
            end = value.indexOf(':');
            if (end < 0) {
                end = n;
            }
            if (end == 0 || end > 253 || !isLetterOrDigit(value.charAt(0)) || !isLetterOrDigit(value.charAt(end - 1))) {
                return false;
            }
            for (int i = 1; i < end - 1; i++) {
                char c = value.charAt(i);
                if (!(isLetterOrDigit(c) || c == '.' || c == '-')) {
                    return false;
                }
            }
        }
        return end == n || value.charAt(end) == ':' && isPort(value, end + 1, n);
    }

    private static boolean isPort(String value, int from, int to) {
        if (to - from < 1 || to - from > 5) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
