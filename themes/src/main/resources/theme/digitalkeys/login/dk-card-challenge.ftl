<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#-- The card pages never show whose card it is: keycloak.v2 would show the holder's username once
     the card is known, and an unknown card (which gets a decoy challenge) would not have one. The
     layout reads "auth" for that, so the card pages hide it; "try another way" stays. -->
<#assign dkTryAnotherWay = (auth?has_content && auth.showTryAnotherWayLink())>
<#global auth = {}>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('response'); section>
<!-- template: dk-card-challenge.ftl -->
    <#if section = "header">
        ${msg("dkCardChallengeTitle")}
    <#elseif section = "form">
        <div id="dk-card-reader" data-connector="${dkCardConnectorUrl}" data-challenge="${dkCardChallenge}" data-page="challenge">
            <p class="dk-notice" id="dk-card-connected" role="status" hidden>${msg("dkCardConnectedPin")}</p>
            <p class="dk-notice" id="dk-card-connector-failed" role="status" hidden>${msg("dkCardConnectorFailed")}</p>
            <p class="dk-notice" id="dk-card-reader-denied" role="alert" hidden>${msg("dkCardReaderDenied")}</p>
            <div id="dk-card-offer" hidden>
                <button type="button" class="pf-v5-c-button pf-m-secondary" id="dk-card-use-reader" aria-describedby="dk-card-use-reader-help">${msg("dkCardUseReader")}</button>
                <p class="dk-help" id="dk-card-use-reader-help">${msg("dkCardUseReaderHelp")}</p>
            </div>
            <#-- The hidden attribute on the wrapper: PatternFly's button display would override it on the button. -->
            <div id="dk-card-stop-reader" hidden>
                <button type="button" class="pf-v5-c-button pf-m-link" id="dk-card-stop-reader-button">${msg("dkCardStopReader")}</button>
            </div>
        </div>
        <p class="dk-intro" id="dk-card-challenge-intro">${msg("dkCardChallengeIntro", dkCardMasked)}</p>
        <ol class="dk-reader-steps" id="dk-card-steps">
            <li>${msg("dkCardStepInsert")}</li>
            <li>${msg("dkCardStepLogin")}</li>
            <li>${msg("dkCardStepChallenge")}
                <#-- Screen readers get the code in one piece (an aria-label on a paragraph is not read); the large groups are for the eyes. -->
                <span class="dk-visually-hidden" id="dk-card-challenge-spoken">${msg('dkCardChallengeLabel', dkCardChallenge)}</span>
                <p class="dk-challenge" id="dk-card-challenge" aria-hidden="true"><#list dkCardChallengeGroups as group><span>${group}</span></#list></p>
            </li>
            <li>${msg("dkCardStepOk")}</li>
            <li>${msg("dkCardStepPin")}</li>
            <li>${msg("dkCardStepResponse")}</li>
        </ol>
        <form id="dk-card-response-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.group name="response" label=msg("dkCardResponseLabel") error=messagesPerField.get('response') required=true>
                <span class="${properties.kcInputClass} <#if messagesPerField.existsError('response')>${properties.kcError}</#if>">
                    <input id="response" name="response" type="text" class="dk-code-input" inputmode="numeric" autocomplete="off"
                           maxlength="64" autofocus required
                           aria-describedby="dk-card-steps<#if messagesPerField.existsError('response')> input-error-response</#if>"
                           <#if messagesPerField.existsError('response')>aria-invalid="true"</#if>/>
                    <@field.errorIcon error=messagesPerField.get('response')/>
                </span>
            </@field.group>
            <@buttons.actionGroup>
                <@buttons.button id="dk-card-sign" name="sign" label="dkCardSign" />
                <@buttons.button id="dk-card-other" name="otherCard" label="dkCardOtherCard" type="secondary" formnovalidate="formnovalidate" value="true" />
            </@buttons.actionGroup>
        </form>
        <#if dkTryAnotherWay>
            <form id="kc-select-try-another-way-form" action="${url.loginAction}" method="post">
                <input type="hidden" name="tryAnotherWay" value="on"/>
                <button type="submit" id="try-another-way" class="pf-v5-c-button pf-m-link">${msg("doTryAnotherWay")}</button>
            </form>
        </#if>
        <script src="${url.resourcesPath}/js/dk-card-reader.js" defer></script>
    </#if>
</@layout.registrationLayout>
