<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("dkActivationBodyHtml", link, days, realmDisplayName))?no_esc}
</@layout.emailLayout>
