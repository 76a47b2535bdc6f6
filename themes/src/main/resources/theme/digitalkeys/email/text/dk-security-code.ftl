<#ftl output_format="plainText">
${msg(registration?then("dkRegistrationCodeBody", "dkSecurityCodeBody"), realmDisplayName, code, minutes)}
