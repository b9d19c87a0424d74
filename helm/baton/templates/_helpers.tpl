{{/*
Names, labels, images and the merged settings of the components. The templates of the other
files range over "baton.components" and pass each component on as a dict:
  root       the top-level context
  name       the component's key in .Values.components (its name everywhere)
  component  its settings: componentDefaults with the component's own values merged over them
*/}}

{{/*
Name of the suite, for app.kubernetes.io/name and part-of.
*/}}
{{- define "baton.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
Chart name and version, for the helm.sh/chart label.
*/}}
{{- define "baton.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
Selector labels of one component (dict: root, name).
*/}}
{{- define "baton.selectorLabels" -}}
app.kubernetes.io/name: {{ include "baton.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{/*
Standard labels of one component (dict: root, name).
*/}}
{{- define "baton.labels" -}}
helm.sh/chart: {{ include "baton.chart" .root }}
{{ include "baton.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/part-of: {{ include "baton.name" .root }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- end -}}

{{/*
Deep merge of two maps (dict: base, override), as JSON: maps merge key by key, anything else in
override replaces what base has. Unlike sprig's merge, a false, 0 or "" in override wins.
*/}}
{{- define "baton.merge" -}}
{{- $result := deepCopy .base -}}
{{- range $key, $value := .override -}}
{{- $current := get $result $key -}}
{{- if and (kindIs "map" $value) (kindIs "map" $current) -}}
{{- $_ := set $result $key (include "baton.merge" (dict "base" $current "override" $value) | fromJson) -}}
{{- else -}}
{{- $_ := set $result $key $value -}}
{{- end -}}
{{- end -}}
{{- toJson $result -}}
{{- end -}}

{{/*
The enabled components, each merged over componentDefaults, as JSON: name -> settings. Fails when
a component calls one that does not exist.
*/}}
{{- define "baton.components" -}}
{{- $components := dict -}}
{{- range $name, $component := .Values.components -}}
{{- if $component.enabled -}}
{{- range $component.calls -}}
{{- if not (hasKey $.Values.components .) -}}
{{- fail (printf "components.%s.calls names %q, which is not a component" $name .) -}}
{{- end -}}
{{- end -}}
{{- $_ := set $components $name (include "baton.merge" (dict "base" $.Values.componentDefaults "override" $component) | fromJson) -}}
{{- end -}}
{{- end -}}
{{- toJson $components -}}
{{- end -}}

{{/*
Settings of the workflows deployer: componentDefaults with workflowsDeployer merged over them.
*/}}
{{- define "baton.workflowsDeployer" -}}
{{- include "baton.merge" (dict "base" .Values.componentDefaults "override" .Values.workflowsDeployer) -}}
{{- end -}}

{{/*
Image reference (dict: root, name, component): [registry/]repository then @digest or :tag, the
registry falling back to global.image.registry and the tag to global.image.tag, then appVersion.
*/}}
{{- define "baton.image" -}}
{{- $global := .root.Values.global.image -}}
{{- $image := .component.image -}}
{{- $repository := required (printf "%s: image.repository is required" .name) $image.repository -}}
{{- $registry := $image.registry | default $global.registry -}}
{{- $reference := ternary (printf "%s/%s" $registry $repository) $repository (ne $registry "") -}}
{{- if $image.digest -}}
{{- printf "%s@%s" $reference $image.digest -}}
{{- else -}}
{{- printf "%s:%s" $reference ($image.tag | default $global.tag | default .root.Chart.AppVersion | toString) -}}
{{- end -}}
{{- end -}}

{{/*
Pull policy of an image (dict: root, component).
*/}}
{{- define "baton.imagePullPolicy" -}}
{{- .component.image.pullPolicy | default .root.Values.global.image.pullPolicy -}}
{{- end -}}

{{/*
Name of a component's ServiceAccount (dict: name, component).
*/}}
{{- define "baton.serviceAccountName" -}}
{{- if .component.serviceAccount.create -}}
{{- .component.serviceAccount.name | default .name -}}
{{- else -}}
{{- .component.serviceAccount.name | default "default" -}}
{{- end -}}
{{- end -}}

{{/*
Name of the chart's Secret (connection strings and credentials given as values).
*/}}
{{- define "baton.secretName" -}}
{{- printf "%s-connections" (include "baton.name" .) -}}
{{- end -}}
