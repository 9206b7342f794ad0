<#import "blocks.txt.ftl" as b>
<@b.section section/>
