<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg(registration?then("dkRegistrationCodeBodyHtml", "dkSecurityCodeBodyHtml"), realmDisplayName, code, minutes))?no_esc}
</@layout.emailLayout>
