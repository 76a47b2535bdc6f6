package be.digitalkeys.it.contract;

/** What a generated request breaks on purpose (NONE: it follows the document). */
enum Mutation {
    NONE,
    /** no bearer token, or not a token */
    AUTHENTICATION,
    /** a body that is not application/json */
    CONTENT_TYPE,
    /** a path or query parameter outside its schema */
    PARAMETER,
    /** a body field outside its schema or the document's text rules, or a required one missing */
    FIELD,
    /** a body that is not a JSON object of the allowed size */
    BODY
}
