<#import "template.ftl" as layout>
<#-- The person is known from the eID card at this point; keycloak.v2 would show the account's
     username (possibly a national number) above the form. The list below says who is logging in,
     with the number masked by the server, so the layout does not show it. -->
<#global auth = {}>
<@layout.registrationLayout; section>
<!-- template: dk-eid-profile.ftl -->
    <#if section = "header">
        ${msg("dkProfileTitle")}
    <#elseif section = "form">
        <p class="dk-intro" id="dk-profile-intro">${msg("dkProfileIntro")}</p>
        <form id="dk-profile-form" action="${url.loginAction}" method="post">
            <#list [{"kind": "self", "title": "dkProfileSelf"}, {"kind": "child", "title": "dkProfileChildren"},
                    {"kind": "organisation", "title": "dkProfileOrganisations"}] as group>
                <#if dkProfiles?filter(p -> p.kind == group.kind)?has_content>
                    <section class="dk-key-group" aria-labelledby="dk-profile-group-${group.kind}">
                        <h2 class="dk-key-group-title" id="dk-profile-group-${group.kind}">${msg(group.title)}</h2>
                        <ul class="dk-cards dk-profiles">
                            <#list dkProfiles as p>
                                <#if p.kind == group.kind>
                                    <li class="dk-card-item">
                                        <button type="submit" class="dk-card-button dk-profile-button" id="dk-profile-${p?index}" name="profile" value="${p.id}">
                                            <span class="dk-card-holder dk-profile-name">${p.name}</span>
                                            <#if p.detail?has_content><span class="dk-card-masked dk-profile-detail">${p.detail}</span></#if>
                                            <span class="dk-key-badge dk-profile-kind">${msg("dkProfileKind_" + p.kind)}</span>
                                        </button>
                                    </li>
                                </#if>
                            </#list>
                        </ul>
                    </section>
                </#if>
            </#list>
        </form>
    </#if>
</@layout.registrationLayout>
