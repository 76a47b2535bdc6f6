<#-- Digital Keys e-mail layout: the service's name on a band in the tenant's colour (theme property
     dkBrandColour, set by the tenant themes), the message, then the tenant's footer. -->
<#macro emailLayout>
<#assign brand = (properties.dkBrandColour)!"#0066cc">
<html lang="${locale.language}" dir="${(ltr)?then('ltr','rtl')}">
<body style="margin:0;padding:0;background:#f5f5f5;font-family:Arial,Helvetica,sans-serif;color:#151515">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background:#f5f5f5">
<tr><td align="center" style="padding:16px">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" style="max-width:600px;width:100%;background:#ffffff">
<tr><td id="dk-email-brand" style="background:${brand};color:#ffffff;font-size:20px;font-weight:bold;padding:16px 24px">${realmName!""}</td></tr>
<tr><td style="padding:16px 24px;font-size:15px;line-height:1.5">
<#nested>
</td></tr>
<tr><td id="dk-email-footer" style="padding:12px 24px;border-top:1px solid #d2d2d2;font-size:12px;color:#4f5255">${msg("dkEmailFooter")}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
</#macro>
