<#--
  Lays out the generated content as kramdown-rfc Markdown. Imported by the Markdown templates.
  Values are escaped for kramdown automatically; BCP 14 keywords are written plain (the
  draft's {::boilerplate bcp14-tagged} tags them) and citations as {{RFCnnnn}}, resolved from
  references.yaml.
-->
<#macro inlines list><#list list as i><#if i.kind == "text">${i.text}<#elseif i.kind == "keyword">${i.word}<#elseif i.kind == "citation"><#if i.section??>Section ${i.section?no_esc} of </#if>{{${i.anchor?no_esc}}}<#elseif i.kind == "sectionRef">{{${i.anchor?no_esc}}}</#if></#list></#macro>

<#-- pad: the indentation of continuation blocks inside a definition. -->
<#macro blocks list pad>
<#list list as b>
<#if b.kind == "paragraph">
${pad}<@inlines b.inlines/>

<#elseif b.kind == "definitionList">
<#list b.definitions as d>
${pad}<@inlines d.term/>
<#list d.description as inner>
<#if inner?is_first && inner.kind == "paragraph">
${pad}: <@inlines inner.inlines/>

<#else>
<@blocks [inner] pad + "  "/>
</#if>
</#list>
</#list>
<#elseif b.kind == "bulletList">
<#list b.items as item>
${pad}* <@inlines item/>
</#list>

</#if>
</#list>
</#macro>

<#macro section s level>
${""?left_pad(level, "#")?no_esc} ${s.title} {#${s.anchor?no_esc}}

<@blocks s.blocks ""/>
<#list s.subsections as sub>
<@section sub level + 1/>
</#list>
</#macro>
