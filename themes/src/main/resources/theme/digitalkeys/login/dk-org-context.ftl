<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#-- The context an identified person acts in for this service (titres-services: "the context in
     which the right was granted"): organisation with its enterprise number, the context's kind
     and name, and the rights it gives. Radio buttons in one group: arrows move, Enter submits.
     Everything shown comes from the organisations store and Keycloak Organizations, escaped. -->
<#global auth = {}>
<@layout.registrationLayout; section>
<!-- template: dk-org-context.ftl -->
    <#if section = "header">
        ${msg("dkOrgContextTitle")}
    <#elseif section = "form">
        <p class="dk-intro" id="dk-org-context-intro">${msg("dkOrgContextIntro")}</p>
        <form id="dk-org-context-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <fieldset class="dk-key-group" aria-describedby="dk-org-context-intro">
                <legend class="dk-key-group-title" id="dk-org-context-legend">${msg("dkOrgContextLegend")}</legend>
                <ul class="dk-cards dk-org-contexts">
                    <#list dkOrgContexts as c>
                        <li class="dk-card-item">
                            <label class="dk-card-button dk-org-context" for="dk-org-context-${c?index}" id="dk-org-context-label-${c?index}">
                                <input type="radio" name="context" id="dk-org-context-${c?index}" value="${c.id}"
                                       <#if c.id == dkOrgContextSelected>checked</#if>>
                                <span class="dk-card-holder dk-org-context-organisation">${c.organisation}</span>
                                <#if c.kbo?has_content>
                                    <span class="dk-card-masked dk-org-context-kbo">${msg("dkOrgContextKbo", c.kbo)}</span>
                                </#if>
                                <span class="dk-key-badge dk-org-context-kind">${msg("dkOrgContextKind_" + c.kind)}</span>
                                <#if !c.root><span class="dk-org-context-name">${c.name}</span></#if>
                                <span class="dk-org-context-rights">${msg("dkOrgContextRights")}
                                    <#list c.rights as right><span class="dk-key-badge dk-org-context-right">${right}</span></#list>
                                </span>
                            </label>
                        </li>
                    </#list>
                </ul>
            </fieldset>
            <@buttons.actionGroup>
                <@buttons.button id="dk-org-context-submit" name="choose" label="dkOrgContextContinue" />
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
