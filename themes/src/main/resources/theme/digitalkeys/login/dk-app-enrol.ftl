<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "dk-macros.ftl" as dk>
<#-- Activating the phone app (required action, on the PC): the phone number, then the activation
     token to type in the app, while dk-app-wait.js follows the enrolment. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('phone'); section>
<!-- template: dk-app-enrol.ftl -->
    <#if section = "header">
        ${msg("dkAppEnrolTitle")}
    <#elseif section = "form">
        <@dk.steps/>
        <#if (dkAppStep!"phone") == "token">
            <#assign dkToken = dkAppActivationToken!"">
            <@dk.appWaiting waitingKey="dkAppEnrolStatusWaiting" doneKey="dkAppEnrolStatusDone">
                <div class="dk-app-token-box" id="dkAppTokenBox">
                    <p class="dk-app-token-label" id="dkAppActivationTokenLabel">${msg("dkAppActivationTokenLabel")}</p>
                    <#-- Shown big; screen readers get it one character at a time. -->
                    <p class="dk-app-token"><span id="dkAppActivationToken" aria-hidden="true">${dkToken}</span><span class="dk-visually-hidden"><#list 0..<dkToken?length as i>${dkToken[i]}<#sep> </#sep></#list></span></p>
                    <p class="dk-app-token-label" id="dkAppEnrolPhoneLabel">${msg("dkAppEnrolPhoneLabel")}</p>
                    <p class="dk-app-enrol-phone"><span id="dkAppEnrolPhone">${dkAppEnrolPhone!""}</span></p>
                </div>
                <ol class="dk-reader-steps" id="dkAppEnrolSteps">
                    <li>${msg("dkAppEnrolStep1")}</li>
                    <li>${msg("dkAppEnrolStep2")}</li>
                    <li>${msg("dkAppEnrolStep3")}</li>
                    <li>${msg("dkAppEnrolStep4")}</li>
                </ol>
                <p class="dk-help" id="dkAppEnrolValidity">${msg("dkAppEnrolValidity")}</p>
            </@dk.appWaiting>
            <form id="kc-dk-app-continue-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <input type="hidden" name="action" value="continue"/>
                <p class="dk-help" id="dkAppContinueHint">${msg("dkAppEnrolContinueHint")}</p>
                <div class="${properties.kcFormGroupClass}">
                    <button type="submit" id="dkAppContinue" class="${properties.kcButtonSecondaryClass} ${properties.kcButtonBlockClass}"
                            aria-describedby="dkAppContinueHint">${msg("dkAppEnrolContinue")}</button>
                </div>
            </form>
            <form id="kc-dk-app-restart-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <@buttons.actionGroup>
                    <@buttons.button id="dkAppNewToken" name="action" label="dkAppNewToken" type="link" value="restart" />
                    <#if isAppInitiatedAction??>
                        <@buttons.button id="dkAppEnrolCancel" name="cancel-aia" label="doCancel" type="link" formnovalidate="formnovalidate" value="true" />
                    </#if>
                </@buttons.actionGroup>
            </form>
            <script src="${url.resourcesPath}/js/dk-app-wait.js" defer></script>
        <#else>
            <p class="dk-intro" id="dkAppEnrolIntro">${msg("dkAppEnrolIntro")}</p>
            <form id="kc-dk-app-enrol-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
                <p id="dkAppEnrolPhoneIntro">${msg("dkAppEnrolPhoneIntro")}</p>
                <@dk.appPhoneFields/>
                <@buttons.actionGroup>
                    <@buttons.button id="dkAppEnrolStart" name="start" label="dkContinue" />
                    <#if isAppInitiatedAction??>
                        <#-- Started from an application (kc_action): the user may leave without activating. -->
                        <@buttons.button id="dkAppEnrolCancel" name="cancel-aia" label="doCancel" type="secondary" formnovalidate="formnovalidate" value="true" />
                    </#if>
                </@buttons.actionGroup>
            </form>
        </#if>
    </#if>
</@layout.registrationLayout>
