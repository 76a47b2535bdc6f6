<#-- Shared pieces of the Digital Keys pages. -->
<#import "field.ftl" as field>
<#macro steps>
  <#if dkStep?? && dkSteps??>
    <p class="dk-steps" id="dk-steps">${msg("dkStepOf", dkStep, dkSteps)}
      <progress value="${dkStep}" max="${dkSteps}" aria-hidden="true"></progress>
    </p>
  </#if>
</#macro>

<#-- Phone app (login and activation pages): the country calling code and the mobile number, with
     the server's error on "phone". dkAppCountries lists {region, code, name, top}: the entries with
     top=true are the most selected countries (without "top": the first dkAppCountriesFrequent
     entries, default 5), the others come A-Z. The ids are the ones the tests use. -->
<#macro appPhoneFields autofocus=true>
  <#local frequent = (dkAppCountriesFrequent!5)>
  <#local selectedRegion = dkAppCountry!"BE">
  <#if !selectedRegion?has_content><#local selectedRegion = "BE"></#if>
  <#local tops = []>
  <#local others = []>
  <#list dkAppCountries![] as country>
    <#if (country.top)!(country?index lt frequent)><#local tops = tops + [country]><#else><#local others = others + [country]></#if>
  </#list>
  <#local selectedDone = false>
  <#local phoneError = messagesPerField.existsError('phone')>
  <div class="dk-app-phone-row">
    <div class="${properties.kcFormGroupClass} dk-app-country-group">
      <div class="${properties.kcFormGroupLabelClass}">
        <label for="dkAppCountry" class="${properties.kcFormLabelClass}"><span class="${properties.kcFormLabelTextClass}">${msg("dkAppCountryLabel")}</span></label>
      </div>
      <span class="${properties.kcInputClass}">
        <select id="dkAppCountry" name="country">
          <#list [{"label": msg("dkAppCountriesFrequent"), "items": tops}, {"label": msg("dkAppCountriesAll"), "items": others}] as group>
            <#if group.items?has_content>
              <optgroup label="${group.label}">
                <#list group.items as country>
                  <option value="${country.region}"<#if !selectedDone && country.region == selectedRegion> selected<#local selectedDone = true></#if>>${country.name} (${country.code})</option>
                </#list>
              </optgroup>
            </#if>
          </#list>
        </select>
        <span class="${properties.kcFormControlUtilClass}">
          <span class="${properties.kcFormControlToggleIcon!}">
            <svg class="pf-v5-svg" viewBox="0 0 320 512" fill="currentColor" aria-hidden="true" role="img" width="1em" height="1em">
              <path d="M31.3 192h257.3c17.8 0 26.7 21.5 14.1 34.1L174.1 354.8c-7.8 7.8-20.5 7.8-28.3 0L17.2 226.1C4.6 213.5 13.5 192 31.3 192z"></path>
            </svg>
          </span>
        </span>
      </span>
    </div>
    <div class="${properties.kcFormGroupClass} dk-app-number-group">
      <div class="${properties.kcFormGroupLabelClass}">
        <label for="dkAppPhone" class="${properties.kcFormLabelClass}">
          <span class="${properties.kcFormLabelTextClass}">${msg("dkAppPhoneLabel")}</span>
          <span class="${properties.kcInputRequiredClass}" aria-hidden="true">&#42;</span>
        </label>
      </div>
      <span class="${properties.kcInputClass}<#if phoneError> ${properties.kcError}</#if>">
        <input id="dkAppPhone" name="phone" type="tel" class="dk-app-phone-input" autocomplete="tel-national" inputmode="tel"
               maxlength="32" value="${dkAppPhone!''}" required <#if autofocus>autofocus</#if>
               aria-describedby="dkAppPhoneHint<#if phoneError> input-error-phone</#if>"
               <#if phoneError>aria-invalid="true"</#if>/>
        <@field.errorIcon error=messagesPerField.get('phone')/>
      </span>
      <div class="${properties.kcFormHelperTextClass}">
        <div class="${properties.kcInputHelperTextClass}">
          <div class="${properties.kcInputHelperTextItemClass}" id="dkAppPhoneHint">
            <span class="${properties.kcInputHelperTextItemTextClass}">${msg("dkAppPhoneHint")}</span>
          </div>
        </div>
      </div>
      <div id="input-error-container-phone">
        <#if phoneError>
          <div class="${properties.kcFormHelperTextClass}" aria-live="polite">
            <div class="${properties.kcInputHelperTextClass}">
              <div class="${properties.kcInputHelperTextItemClass} ${properties.kcError}" id="input-error-phone">
                <span class="${properties.kcInputErrorMessageClass}">${messagesPerField.get('phone')}</span>
              </div>
            </div>
          </div>
        </#if>
      </div>
    </div>
  </div>
</#macro>

<#-- "Try another way" as a real button (no javascript: link), for pages that hide "auth". -->
<#macro tryAnotherWay show>
  <#if show>
    <form id="kc-select-try-another-way-form" action="${url.loginAction}" method="post">
      <input type="hidden" name="tryAnotherWay" value="on"/>
      <button type="submit" id="try-another-way" class="pf-v5-c-button pf-m-link">${msg("doTryAnotherWay")}</button>
    </form>
  </#if>
</#macro>

<#-- What dk-app-wait.js watches (login wait page and activation token step): where to follow the
     state, how, and the page's texts. The continue form it submits is kc-dk-app-continue-form. -->
<#macro appWaiting waitingKey doneKey>
  <#local expiresIn = (dkAppExpiresIn!0)>
  <div class="dk-app-waiting" id="dkAppWaiting"
       data-watch-url="${dkAppWatchUrl!''}" data-status-url="${dkAppStatusUrl!''}" data-transport="${dkAppTransport!'auto'}"
       data-poll-ms="${(dkAppPollMs!2000)?c}" data-expires-in="${expiresIn?c}"
       data-text-waiting="${msg(waitingKey)}" data-text-done="${msg(doneKey)}" data-text-expired="${msg("dkAppStatusExpired")}"
       data-text-minutes="${msg("dkAppRemainingMinutes")}" data-text-one-minute="${msg("dkAppRemainingOneMinute")}"
       data-text-seconds="${msg("dkAppRemainingSeconds")}">
    <#nested>
    <#if dkAppExpiresIn??>
      <p class="dk-app-countdown-line">
        <span id="dkAppCountdownLabel">${msg("dkAppCountdownLabel")}</span>
        <span class="dk-app-countdown" id="dkAppCountdown" role="timer" aria-live="off">${(expiresIn / 60)?floor?string("00")}:${(expiresIn % 60)?string("00")}</span>
      </p>
    </#if>
    <p class="dk-visually-hidden" id="dkAppRemaining" aria-live="polite" aria-atomic="true"></p>
    <p class="dk-app-status" id="dkAppStatus" role="status" aria-live="polite"><span class="dk-app-spinner" aria-hidden="true"></span><span id="dkAppStatusText">${msg(waitingKey)}</span></p>
  </div>
</#macro>
