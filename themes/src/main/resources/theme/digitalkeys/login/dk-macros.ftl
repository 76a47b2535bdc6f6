<#-- Shared pieces of the Digital Keys pages. -->
<#macro steps>
  <#if dkStep?? && dkSteps??>
    <p class="dk-steps" id="dk-steps">${msg("dkStepOf", dkStep, dkSteps)}
      <progress value="${dkStep}" max="${dkSteps}" aria-hidden="true"></progress>
    </p>
  </#if>
</#macro>
