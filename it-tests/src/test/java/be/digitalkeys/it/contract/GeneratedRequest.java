package be.digitalkeys.it.contract;

/**
 * One generated request of an operation: what it breaks (and how, for the report), the caller's
 * bearer token (null: none), and the HTTP parts.
 */
record GeneratedRequest(ContractDocument.Op op, Mutation mutation, String how, String token, String path, String contentType,
                        String body) {

    @Override
    public String toString() {
        return op.method() + " " + path + (contentType == null ? "" : " [" + contentType + "]")
                + (body == null ? "" : " " + ContractDocument.abbreviate(body)) + " (" + mutation + (how == null ? "" : ": " + how) + ")";
    }
}
