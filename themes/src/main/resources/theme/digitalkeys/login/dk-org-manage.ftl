<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#-- The access managers' page (/realms/{realm}/dk-organisations/manage, ManagePage.java): the
     person's organisations; for one organisation its people with all their rights per context,
     and the forms of the seeds' journey (find by national number, grant in a context, revoke,
     copy from a reference user, appoint, create a context). Every form posts to the service,
     which holds the rules; the page shows only the forms the person's roles can use. National
     numbers arrive masked from Java; everything else is escaped. -->
<#assign typed = dkOrgManageTyped!{}>
<#macro select name label options valueKey labelFn required=true>
  <#local error = messagesPerField.get(name)>
  <#local described = field.dkDescribedBy("", name, error)>
  <@field.group name=name label=label error=error required=required>
    <span class="${properties.kcInputClass} <#if error?has_content>${properties.kcError}</#if>">
      <select id="${name}" name="${name}" <#if required>required aria-required="true"</#if>
              <#if described?has_content>aria-describedby="${described}"</#if> <#if error?has_content>aria-invalid="true"</#if>>
        <#list options as o>
          <option value="${o[valueKey]}" <#if (typed[name]!"") == o[valueKey]>selected</#if>>${labelFn(o)}</option>
        </#list>
      </select>
    </span>
  </@field.group>
</#macro>
<#function personLabel p><#return p.name?has_content?then(p.name, msg("dkOrgManageUnnamed")) + (p.niss?has_content?then(" (" + p.niss + ")", ""))></#function>
<#function contextLabel c><#if c.kind == "ORGANISATION"><#return msg("dkOrgManageWholeOrganisation", c.name)></#if><#return msg("dkOrgContextKind_" + c.kind) + " – " + c.name + (c.code?has_content?then(" (" + c.code + ")", ""))></#function>
<#function rightLabel r><#return r.name + " (" + r.client + ")"></#function>
<#function kindLabel k><#return msg("dkOrgContextKind_" + k.id)></#function>
<#macro submit id label>
  <@buttons.actionGroup>
    <@buttons.button id=id name="submit" label=label />
  </@buttons.actionGroup>
</#macro>
<#macro formStart id action>
  <form id="${id}" class="${properties.kcFormClass!} dk-org-manage-form" action="${dkOrgManageAction}" method="post" novalidate="novalidate">
    <input type="hidden" name="csrf" value="${dkOrgManageCsrf}"/>
    <input type="hidden" name="action" value="${action}"/>
    <#nested>
  </form>
</#macro>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: dk-org-manage.ftl -->
    <#if section = "header">
        <#if dkOrgManageView == "organisation">${msg("dkOrgManageOrgTitle", dkOrgManageOrg.name)}<#else>${msg("dkOrgManageTitle")}</#if>
    <#elseif section = "form">
      <div id="dk-org-manage" class="dk-org-manage">
        <p class="dk-intro" id="dk-org-manage-me">${msg("dkOrgManageMe", dkOrgManageMe)}</p>
        <#if dkOrgManageView == "home">
            <#if dkOrgManageOrgs?has_content>
                <ul class="dk-org-manage-list" id="dk-org-manage-orgs">
                    <#list dkOrgManageOrgs as o>
                        <li id="dk-org-manage-org-${o.id}">
                            <a href="${o.url}" id="dk-org-manage-open-${o.id}">${o.name}</a>
                            <#if o.kbo?has_content><span class="dk-org-manage-kbo">${msg("dkOrgContextKbo", o.kbo)}</span></#if>
                            <#list o.roles as r><span class="dk-key-badge">${msg("dkOrgManageRole_" + r)}</span></#list>
                        </li>
                    </#list>
                </ul>
            <#else>
                <p id="dk-org-manage-none">${msg("dkOrgManageNone")}</p>
            </#if>
        <#elseif dkOrgManageView == "refused">
            <p><a href="${dkOrgManageHome}" id="dk-org-manage-back">${msg("dkOrgManageBack")}</a></p>
        <#else>
            <#assign roles = dkOrgManageRoles>
            <#assign isLegal = roles?seq_contains("LEGAL_REPRESENTATIVE")>
            <#assign isMain = isLegal || roles?seq_contains("MAIN_ACCESS_MANAGER")>
            <#assign isManager = isMain || roles?seq_contains("LOCAL_ADMINISTRATOR")>
            <p><a href="${dkOrgManageHome}" id="dk-org-manage-back">${msg("dkOrgManageBack")}</a></p>
            <p id="dk-org-manage-org" data-org="${dkOrgManageOrg.id}">
                <#if dkOrgManageOrg.kbo?has_content>${msg("dkOrgContextKbo", dkOrgManageOrg.kbo)}</#if>
                <#list roles as r><span class="dk-key-badge dk-org-manage-my-role" data-role="${r}">${msg("dkOrgManageRole_" + r)}</span></#list>
            </p>

            <section aria-labelledby="dk-org-manage-people-title">
                <h2 id="dk-org-manage-people-title" class="dk-org-manage-h2">${msg("dkOrgManagePeople")}</h2>
                <ul class="dk-org-manage-list" id="dk-org-manage-people">
                <#list dkOrgManagePeople as p>
                    <li id="dk-org-manage-person-${p.id}" class="dk-org-manage-person">
                        <h3 class="dk-org-manage-h3" id="dk-org-manage-person-name-${p.id}">${personLabel(p)}</h3>
                        <#if p.preregistered><p class="dk-key-badge">${msg("dkOrgManagePreRegistered")}</p></#if>
                        <#if p.roles?has_content>
                            <ul class="dk-org-manage-roles">
                            <#list p.roles as r>
                                <li class="dk-org-manage-role" data-role="${r.role}" data-context="${r.contextId}">
                                    ${msg("dkOrgManageRole_" + r.role)}<#if r.role == "LOCAL_ADMINISTRATOR"> – ${r.context}</#if>
                                    <#if r.role == "MAIN_ACCESS_MANAGER" && isLegal>
                                        <@formStart id="dk-org-manage-remove-main-form-${p.id}" action="removeMain">
                                            <input type="hidden" name="removeUser" value="${p.id}"/>
                                            <button type="submit" id="dk-org-manage-remove-main-${p.id}" class="${properties.kcButtonSecondaryClass!} dk-org-manage-small"
                                                    aria-describedby="dk-org-manage-person-name-${p.id}">${msg("dkOrgManageRemove")}</button>
                                        </@formStart>
                                    <#elseif r.role == "LOCAL_ADMINISTRATOR" && isMain>
                                        <@formStart id="dk-org-manage-remove-admin-form-${p.id}-${r?index}" action="removeAdmin">
                                            <input type="hidden" name="removeUser" value="${p.id}"/>
                                            <input type="hidden" name="removeContext" value="${r.contextId}"/>
                                            <button type="submit" id="dk-org-manage-remove-admin-${p.id}-${r?index}" class="${properties.kcButtonSecondaryClass!} dk-org-manage-small"
                                                    aria-describedby="dk-org-manage-person-name-${p.id}">${msg("dkOrgManageRemove")}</button>
                                        </@formStart>
                                    </#if>
                                </li>
                            </#list>
                            </ul>
                        </#if>
                        <#if p.rights?has_content>
                            <ul class="dk-org-manage-rights">
                            <#list p.rights as g>
                                <li id="dk-org-manage-right-${g.grantId}" class="dk-org-manage-right" data-right="${g.right}" data-context="${g.context}">
                                    ${msg("dkOrgManageRightIn", g.right, g.context)}<#if g.until?has_content> ${msg("dkOrgManageUntil", g.until)}</#if>
                                    <#if isManager>
                                        <@formStart id="dk-org-manage-revoke-form-${g.grantId}" action="revoke">
                                            <input type="hidden" name="revokeUser" value="${p.id}"/>
                                            <input type="hidden" name="revokeGrant" value="${g.grantId}"/>
                                            <button type="submit" id="dk-org-manage-revoke-${g.grantId}" class="${properties.kcButtonSecondaryClass!} dk-org-manage-small"
                                                    aria-describedby="dk-org-manage-person-name-${p.id} dk-org-manage-right-${g.grantId}">${msg("dkOrgManageRevoke")}</button>
                                        </@formStart>
                                    </#if>
                                </li>
                            </#list>
                            </ul>
                        <#else>
                            <p class="dk-org-manage-norights">${msg("dkOrgManageNoRights")}</p>
                        </#if>
                    </li>
                </#list>
                </ul>
            </section>

            <#if isManager>
            <section aria-labelledby="dk-org-manage-find-title">
                <h2 id="dk-org-manage-find-title" class="dk-org-manage-h2">${msg("dkOrgManageFindTitle")}</h2>
                <p id="dk-org-manage-find-help" class="dk-help">${msg("dkOrgManageFindHelp")}</p>
                <@formStart id="dk-org-manage-find-form" action="find">
                    <@field.input name="findNiss" label=msg("dkOrgManageNiss") value=typed["findNiss"]!"" required=true describedBy="dk-org-manage-find-help" />
                    <@field.input name="findFirstName" label=msg("firstName") value=typed["findFirstName"]!"" />
                    <@field.input name="findLastName" label=msg("lastName") value=typed["findLastName"]!"" />
                    <@submit id="dk-org-manage-find-submit" label="dkOrgManageFind"/>
                </@formStart>
            </section>

            <#if dkOrgManagePeople?has_content>
            <section aria-labelledby="dk-org-manage-grant-title">
                <h2 id="dk-org-manage-grant-title" class="dk-org-manage-h2">${msg("dkOrgManageGrantTitle")}</h2>
                <@formStart id="dk-org-manage-grant-form" action="grant">
                    <@select name="grantUser" label=msg("dkOrgManagePerson") options=dkOrgManagePeople valueKey="id" labelFn=personLabel />
                    <@select name="grantRight" label=msg("dkOrgManageRight") options=dkOrgManageRights valueKey="id" labelFn=rightLabel />
                    <@select name="grantContext" label=msg("dkOrgManageContext") options=dkOrgManageContexts valueKey="id" labelFn=contextLabel />
                    <#assign untilError = messagesPerField.get("grantUntil")>
                    <@field.group name="grantUntil" label=msg("dkOrgManageUntilLabel") error=untilError>
                        <span class="${properties.kcInputClass} <#if untilError?has_content>${properties.kcError}</#if>">
                            <input id="grantUntil" name="grantUntil" type="date" value="${typed["grantUntil"]!""}"
                                   aria-describedby="${field.dkDescribedBy("dk-org-manage-until-help", "grantUntil", untilError)}" <#if untilError?has_content>aria-invalid="true"</#if>/>
                        </span>
                    </@field.group>
                    <p id="dk-org-manage-until-help" class="dk-help">${msg("dkOrgManageUntilHelp")}</p>
                    <@submit id="dk-org-manage-grant-submit" label="dkOrgManageGrant"/>
                </@formStart>
            </section>

            <section aria-labelledby="dk-org-manage-copy-title">
                <h2 id="dk-org-manage-copy-title" class="dk-org-manage-h2">${msg("dkOrgManageCopyTitle")}</h2>
                <@formStart id="dk-org-manage-copy-form" action="copy">
                    <@select name="copyFrom" label=msg("dkOrgManageCopyFrom") options=dkOrgManagePeople valueKey="id" labelFn=personLabel />
                    <@select name="copyTo" label=msg("dkOrgManageCopyTo") options=dkOrgManagePeople valueKey="id" labelFn=personLabel />
                    <@submit id="dk-org-manage-copy-submit" label="dkOrgManageCopy"/>
                </@formStart>
            </section>
            </#if>
            </#if>

            <#if isLegal && dkOrgManagePeople?has_content>
            <section aria-labelledby="dk-org-manage-main-title">
                <h2 id="dk-org-manage-main-title" class="dk-org-manage-h2">${msg("dkOrgManageMainTitle")}</h2>
                <@formStart id="dk-org-manage-main-form" action="appointMain">
                    <@select name="mainUser" label=msg("dkOrgManagePerson") options=dkOrgManagePeople valueKey="id" labelFn=personLabel />
                    <@submit id="dk-org-manage-main-submit" label="dkOrgManageAppoint"/>
                </@formStart>
            </section>
            </#if>

            <#if isMain && dkOrgManagePeople?has_content>
            <section aria-labelledby="dk-org-manage-admin-title">
                <h2 id="dk-org-manage-admin-title" class="dk-org-manage-h2">${msg("dkOrgManageAdminTitle")}</h2>
                <@formStart id="dk-org-manage-admin-form" action="appointAdmin">
                    <@select name="adminUser" label=msg("dkOrgManagePerson") options=dkOrgManagePeople valueKey="id" labelFn=personLabel />
                    <@select name="adminContext" label=msg("dkOrgManageContext") options=dkOrgManageContexts valueKey="id" labelFn=contextLabel />
                    <@submit id="dk-org-manage-admin-submit" label="dkOrgManageAppoint"/>
                </@formStart>
            </section>
            </#if>

            <#if isManager>
            <section aria-labelledby="dk-org-manage-context-title">
                <h2 id="dk-org-manage-context-title" class="dk-org-manage-h2">${msg("dkOrgManageContextTitle")}</h2>
                <@formStart id="dk-org-manage-context-form" action="context">
                    <@select name="ctxParent" label=msg("dkOrgManageParent") options=dkOrgManageContexts valueKey="id" labelFn=contextLabel />
                    <@select name="ctxKind" label=msg("dkOrgManageKind") options=[{"id": "ESTABLISHMENT"}, {"id": "UNIT"}, {"id": "ACCOUNT"}] valueKey="id" labelFn=kindLabel />
                    <@field.input name="ctxCode" label=msg("dkOrgManageCode") value=typed["ctxCode"]!"" required=true describedBy="dk-org-manage-code-help" />
                    <p id="dk-org-manage-code-help" class="dk-help">${msg("dkOrgManageCodeHelp")}</p>
                    <@field.input name="ctxName" label=msg("dkOrgManageName") value=typed["ctxName"]!"" required=true />
                    <@submit id="dk-org-manage-context-submit" label="dkOrgManageCreate"/>
                </@formStart>
            </section>
            </#if>
        </#if>
      </div>
    </#if>
</@layout.registrationLayout>
