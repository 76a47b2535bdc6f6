<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#-- The card pages never show whose card it is: keycloak.v2 would show the holder's username once
     the card is known, and an unknown card (which gets a decoy challenge) would not have one. The
     layout reads "auth" for that, so the card pages hide it; "try another way" stays. -->
<#assign dkTryAnotherWay = (auth?has_content && auth.showTryAnotherWayLink())>
<#global auth = {}>
<@layout.registrationLayout; section>
<!-- template: dk-card-stop.ftl -->
    <#if section = "header">
        ${msg("dkCardStopTitle")}
    <#elseif section = "form">
        <p class="dk-intro" id="dk-card-stop-text">${msg(dkCardStop + "Help", dkCardMaxWrong)}</p>
        <#if dkCardSupportPhone?has_content>
            <p id="dk-card-support">${msg("dkCardSupport", dkCardSupportPhone, dkCardSupportHours)}</p>
        </#if>
        <form id="dk-card-stop-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@buttons.actionGroup>
                <@buttons.button id="dk-card-other" name="otherCard" label="dkCardOtherCard" value="true" />
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
