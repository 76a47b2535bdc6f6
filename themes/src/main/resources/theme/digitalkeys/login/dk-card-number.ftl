<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#-- The card pages never show whose card it is: keycloak.v2 would show the holder's username once
     the card is known, and an unknown card (which gets a decoy challenge) would not have one. The
     layout reads "auth" for that, so the card pages hide it; "try another way" stays. -->
<#assign dkTryAnotherWay = (auth?has_content && auth.showTryAnotherWayLink())>
<#global auth = {}>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('cardNumber'); section>
<!-- template: dk-card-number.ftl -->
    <#if section = "header">
        ${msg("dkCardTitle")}
    <#elseif section = "form">
        <div id="dk-card-reader" data-connector="${dkCardConnectorUrl}" data-prefix="${dkCardPrefix}" data-page="card">
            <p class="dk-notice" id="dk-card-connector-found" role="status" hidden>${msg("dkCardConnectorFound")}</p>
            <p class="dk-notice" id="dk-card-connector-missing" role="status" hidden>${msg("dkCardConnectorMissing")}</p>
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
        <#if dkCardRemembered?has_content>
            <h2 class="dk-key-group-title" id="dk-card-remembered-title">${msg("dkCardRememberedTitle")}</h2>
            <form id="dk-card-remembered-form" action="${url.loginAction}" method="post">
                <ul class="dk-cards" aria-labelledby="dk-card-remembered-title">
                    <#list dkCardRemembered as card>
                        <li class="dk-card-item">
                            <button type="submit" class="dk-card-button" id="dk-card-use-${card?index}" name="rememberedCard" value="${card.id}">
                                <span class="dk-card-holder">${card.holder}</span>
                                <span class="dk-card-masked">${card.masked}</span>
                                <#if card.status != "active"><span class="dk-key-badge">${msg("dkCardStatus_" + card.status)}</span></#if>
                            </button>
                            <button type="submit" class="dk-card-forget" id="dk-card-forget-${card?index}" name="forgetCard" value="${card.id}"
                                    aria-label="${msg('dkCardForgetLabel', card.holder, card.masked)}">${msg("dkCardForget")}</button>
                        </li>
                    </#list>
                </ul>
            </form>
            <p class="dk-intro" id="dk-card-or-another">${msg("dkCardOrAnother")}</p>
        </#if>
        <form id="dk-card-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <p class="dk-intro" id="dk-card-intro">${msg("dkCardIntro")}</p>
            <@field.group name="cardNumber" label=msg("dkCardNumberLabel") error=messagesPerField.get('cardNumber') required=true>
                <span class="dk-card-number-row">
                    <#if dkCardPrefix?has_content><span class="dk-card-prefix" id="dk-card-prefix">${dkCardPrefix}</span></#if>
                    <span class="${properties.kcInputClass} <#if messagesPerField.existsError('cardNumber')>${properties.kcError}</#if>">
                        <input id="cardNumber" name="cardNumber" type="text" inputmode="numeric" autocomplete="off" maxlength="64"
                               value="${dkCardTyped}" <#if !dkCardRemembered?has_content>autofocus</#if> required
                               aria-describedby="<#if dkCardPrefix?has_content>dk-card-prefix </#if>dk-card-format<#if messagesPerField.existsError('cardNumber')> input-error-cardNumber</#if>"
                               <#if messagesPerField.existsError('cardNumber')>aria-invalid="true"</#if>/>
                        <@field.errorIcon error=messagesPerField.get('cardNumber')/>
                    </span>
                </span>
            </@field.group>
            <p class="dk-help" id="dk-card-format">${msg("dkCardNumberFormat", dkCardPrefix, dkCardDigitsAfterPrefix)}</p>
            <div class="dk-radio">
                <input type="checkbox" id="rememberCard" name="rememberCard" value="on"/>
                <label for="rememberCard">${msg("dkCardRemember")}</label>
            </div>
            <@buttons.actionGroup>
                <@buttons.button id="dk-card-continue" name="continue" label="dkContinue" />
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
