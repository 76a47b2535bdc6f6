<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "dk-macros.ftl" as dk>
<#-- Like the card pages, the app pages never show whose phone number it is: keycloak.v2 would show
     the username of the number's holder once known. The layout reads "auth" for that, so these
     pages hide it; "try another way" stays, as a real button. -->
<#assign dkTryAnotherWay = (auth?has_content && auth.showTryAnotherWayLink())>
<#global auth = {}>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('phone') displayInfo=true; section>
<!-- template: dk-app-phone.ftl -->
    <#if section = "header">
        ${msg("dkAppPhoneTitle")}
    <#elseif section = "form">
        <p class="dk-intro" id="dkAppPhoneIntro">${msg("dkAppPhoneIntro")}</p>
        <form id="kc-dk-app-phone-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@dk.appPhoneFields/>
            <@buttons.actionGroup>
                <@buttons.button id="dkAppSend" name="send" label="dkAppSend" />
            </@buttons.actionGroup>
        </form>
        <@dk.tryAnotherWay show=dkTryAnotherWay/>
        <#if dkFromChooser!false>
            <p class="dk-another-key"><a id="dk-choose-another-key" href="${url.loginRestartFlowUrl}">${msg("dkChooseAnotherKey")}</a></p>
        </#if>
    <#elseif section = "info">
        <p class="dk-app-no-app" id="dkAppNoApp">${msg("dkAppNoApp")}</p>
    </#if>
</@layout.registrationLayout>
