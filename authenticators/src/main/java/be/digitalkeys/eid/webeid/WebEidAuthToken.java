package be.digitalkeys.eid.webeid;

/** The fields of a Web eID token, base64 already decoded; nothing in it is verified. */
record WebEidAuthToken(byte[] certificateDer, String algorithm, byte[] signature, String format, String appVersion) {
}
