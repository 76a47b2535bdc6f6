package be.digitalkeys.it.benchmark;

/**
 * A login method measured by the benchmark, with its realm (created by {@link BenchRealms}). The
 * baseline is Keycloak's built-in username + password + OTP forms, the flow Keycloak's sizing guide
 * is measured with; every other figure is given relative to it.
 */
enum Method {
    BASELINE("bench-baseline", "Keycloak built-in: username + password + OTP (baseline)"),
    PASSWORD_APP("bench-totp", "Password + authenticator app (dk-totp)"),
    EMAIL_CODE("bench-email", "Username + password + security code by e-mail (dk-security-code)"),
    SMS_CODE("bench-sms", "Username + password + security code by SMS (dk-security-code, HTTP gateway)"),
    CARD_READER("bench-card", "Bank card reader, OCRA response (dk-card-reader)"),
    APP("bench-app", "Phone app: number, push, icon, approval signed by the device key (dk-app)");

    final String realm;
    final String label;

    Method(String realm, String label) {
        this.realm = realm;
        this.label = label;
    }
}
