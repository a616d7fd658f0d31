package org.lfpl.security;

import java.util.function.Predicate;

/**
 * The header values Spring Security's strict firewalls (the gateway's reactive one, the services'
 * servlet one) let through by default, assigned code points that are not control characters (a tab
 * allowed), checked by a scan instead of the firewalls' regular expression, which they run on every
 * header value they are asked for: on the 1-2 KB Authorization header that was about 2 % of the
 * gateway's CPU per request and ~10 % of registration-service's (JFR). The firewalls ask again
 * each time a header is read (several times per request), so printable ASCII, all of almost every
 * value, is passed by a plain comparison before any code-point lookup. Same answers for every string
 * (AllowedHeaderValuesTest compares them code point by code point).
 */
public final class AllowedHeaderValues implements Predicate<String> {

    @Override
    public boolean test(String value) {
        if (value == null) {
            return true; // no such header: nothing to refuse
        }
        for (int i = 0; i < value.length(); ) {
            char ch = value.charAt(i);
            if (ch >= ' ' && ch < 0x7f || ch == '\t') {
                i++; // printable ASCII or a tab
                continue;
            }
            int c = value.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.UNASSIGNED || type == Character.CONTROL) { // a tab was let through above
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
