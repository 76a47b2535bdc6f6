package be.digitalkeys.eid;

import be.digitalkeys.eid.webeid.AuthTokenException.Reason;

/** The message a person reads for each reason a token is refused (fr, nl, de, en in the theme). */
final class EidMessages {

    private EidMessages() {
    }

    static String of(Reason reason) {
        return switch (reason) {
            case MALFORMED_TOKEN -> "dkEidErrorMalformed";
            case UNSUPPORTED_FORMAT -> "dkEidErrorFormat";
            case ALGORITHM_NOT_ALLOWED -> "dkEidErrorAlgorithm";
            case CERTIFICATE_MALFORMED -> "dkEidErrorCertificateMalformed";
            case CERTIFICATE_EXPIRED -> "dkEidErrorExpired";
            case CERTIFICATE_NOT_YET_VALID -> "dkEidErrorNotYetValid";
            case WRONG_CERTIFICATE_PURPOSE -> "dkEidErrorWrongCertificate";
            case NOT_TRUSTED -> "dkEidErrorNotTrusted";
            case NOT_A_BELGIAN_EID -> "dkEidErrorNotBelgian";
            case CERTIFICATE_REVOKED -> "dkEidErrorRevoked";
            case REVOCATION_UNKNOWN -> "dkEidErrorRevocationUnknown";
            case REVOCATION_UNAVAILABLE -> "dkEidErrorRevocationUnavailable";
            case SIGNATURE_INVALID -> "dkEidErrorSignature";
        };
    }
}
