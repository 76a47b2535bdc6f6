<#import "template.ftl" as layout>
<#-- Install advice for the eID software, the Web eID extension and app; shown in the error box when
     they are missing and in the help below. The addresses come from the messages (per language). -->
<#macro installAdvice>
    <ul class="dk-eid-install-list">
        <li>${msg("dkEidInstallSoftware")} <a href="${msg('dkEidInstallSoftwareUrl')}">${msg("dkEidInstallSoftwareUrl")?remove_beginning("https://")}</a></li>
        <li>${msg("dkEidInstallWebEid")} <a href="${msg('dkEidInstallWebEidUrl')}">${msg("dkEidInstallWebEidUrl")?remove_beginning("https://")}</a></li>
        <li>${msg("dkEidInstallChrome")}</li>
        <li>${msg("dkEidInstallRestart")}</li>
    </ul>
</#macro>
<@layout.registrationLayout; section>
<!-- template: dk-eid.ftl -->
    <#if section = "header">
        ${msg("dkEidTitle")}
    <#elseif section = "form">
        <div id="dk-eid">
            <p class="dk-intro" id="dk-eid-intro">${msg("dkEidIntro")}</p>
            <ol class="dk-reader-steps" id="dk-eid-steps">
                <li>${msg("dkEidStepInsert")}</li>
                <li>${msg("dkEidStepButton")}</li>
                <li>${msg("dkEidStepPin")}</li>
            </ol>
            <p class="dk-help" id="dk-eid-pin-help">${msg("dkEidPinHelp")}</p>

            <div class="dk-eid-error" id="dk-eid-error" role="alert" tabindex="-1" hidden>
                <p id="dk-eid-error-text"></p>
                <div id="dk-eid-install" hidden>
                    <p>${msg("dkEidInstallIntro")}</p>
                    <@installAdvice/>
                </div>
            </div>
            <p class="dk-notice dk-eid-waiting" id="dk-eid-waiting" role="status" hidden>${msg("dkEidWaiting")}</p>

            <form id="dk-eid-form" action="${url.loginAction}" method="post" data-nonce="${dkEidNonce}" data-lang="${dkEidLang}">
                <input type="hidden" id="webEidToken" name="webEidToken" value=""/>
                <div class="${properties.kcFormGroupClass}">
                    <button type="button" id="dk-eid-login" class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass} dk-eid-login">${msg("dkEidLogin")}</button>
                </div>
            </form>
            <noscript><p class="dk-error" id="dk-eid-noscript">${msg("dkEidNoScript")}</p></noscript>

            <#-- What an installed development kit adds here (lab jar only; an empty list in production). -->
            <#list dkDevKitTemplates as devKitTemplate><#include devKitTemplate></#list>

            <details class="dk-help" id="dk-eid-help">
                <summary>${msg("dkEidHelpTitle")}</summary>
                <@installAdvice/>
            </details>
        </div>

        <#-- What the page says when the browser side gives up, per error code (Web eID's codes and
             the software eID's DK_SEID_*). dk-eid.js picks the entry listing the code, else "*". -->
        <template id="dk-eid-texts">
            <p data-codes="ERR_WEBEID_EXTENSION_UNAVAILABLE" data-install="true">${msg("dkEidClientExtension")}</p>
            <p data-codes="ERR_WEBEID_NATIVE_UNAVAILABLE" data-install="true">${msg("dkEidClientNative")}</p>
            <p data-codes="ERR_WEBEID_VERSION_MISMATCH ERR_WEBEID_VERSION_INVALID" data-install="true">${msg("dkEidClientVersion")}</p>
            <p data-codes="ERR_WEBEID_USER_CANCELLED">${msg("dkEidClientCancelled")}</p>
            <p data-codes="ERR_WEBEID_USER_TIMEOUT ERR_WEBEID_ACTION_TIMEOUT DK_SEID_NO_CARD">${msg("dkEidClientNoCard")}</p>
            <p data-codes="ERR_WEBEID_NATIVE_FATAL">${msg("dkEidClientCard")}</p>
            <p data-codes="DK_SEID_PIN_BLOCKED">${msg("dkEidClientPinBlocked")}</p>
            <p data-codes="ERR_WEBEID_ACTION_PENDING">${msg("dkEidClientPending")}</p>
            <p data-codes="ERR_WEBEID_CONTEXT_INSECURE">${msg("dkEidClientInsecure")}</p>
            <p data-codes="*">${msg("dkEidClientUnknown")}</p>
        </template>


        <script src="${url.resourcesPath}/js/vendor/web-eid.js" defer></script>
        <script src="${url.resourcesPath}/js/dk-eid.js" defer></script>
    </#if>
</@layout.registrationLayout>
