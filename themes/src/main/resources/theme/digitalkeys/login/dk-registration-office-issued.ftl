<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
<!-- template: dk-registration-office-issued.ftl -->
    <#if section = "header">
        ${msg("dkOfficeIssuedTitle")}
    <#elseif section = "form">
        <div class="dk-paper" id="dk-paper">
            <p>${msg("dkOfficePaperFor", dkPersonName)}</p>
            <p class="dk-paper-label">${msg("dkOfficePaperCodeLabel")}</p>
            <p class="dk-paper-code" id="dk-paper-code">${dkPaperCode}</p>
            <ol class="dk-setup-list">
                <li>${msg("dkOfficePaperStep1", dkPersonEmail)}</li>
                <li>${msg("dkOfficePaperStep2")}</li>
                <li>${msg("dkOfficePaperStep3", dkValidityDays)}</li>
            </ol>
        </div>
        <#if dkKeysDeactivated>
            <p class="dk-notice" id="dk-office-deactivated" role="status">${msg("dkOfficeKeysDeactivated")}</p>
        </#if>
        <p class="dk-no-print">
            <button type="button" class="${properties.kcButtonPrimaryClass!}" id="dk-office-print" onclick="window.print()">${msg("dkOfficePrint")}</button>
            <a class="dk-office-next" id="dk-office-next" href="${dkOfficeUrl}">${msg("dkOfficeNext")}</a>
        </p>
    </#if>
</@layout.registrationLayout>
