{{/*
Name of the suite, used for app.kubernetes.io/name and part-of.
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
Selector labels of one component. Expects a dict: root (the top-level context), name (the
component's key in .Values.components) and component (its values).
*/}}
{{- define "baton.selectorLabels" -}}
app.kubernetes.io/name: {{ include "baton.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{/*
Standard labels of one component (same dict as baton.selectorLabels).
*/}}
{{- define "baton.labels" -}}
helm.sh/chart: {{ include "baton.chart" .root }}
{{ include "baton.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/part-of: {{ include "baton.name" .root }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- end -}}

{{/*
Image reference of one component: [registry/]repository:tag, the tag falling back to
global.image.tag and then to the chart's appVersion.
*/}}
{{- define "baton.image" -}}
{{- $global := .root.Values.global.image -}}
{{- $tag := .component.image.tag | default $global.tag | default .root.Chart.AppVersion | toString -}}
{{- if $global.registry -}}
{{- printf "%s/%s:%s" $global.registry .component.image.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" .component.image.repository $tag -}}
{{- end -}}
{{- end -}}

{{/*
Environment of the gateway: one BATON_SERVICES_<NAME>_URL per enabled service, pointing at
that service's Kubernetes Service (binds baton.services.<name>.url in the gateway).
*/}}
{{- define "baton.gatewayEnv" -}}
{{- range $name, $service := .root.Values.components }}
{{- if and $service.enabled (ne $name "gateway") }}
- name: {{ printf "BATON_SERVICES_%s_URL" ($name | upper | replace "-" "_") }}
  value: {{ printf "http://%s:%v" $name $service.service.port | quote }}
{{- end }}
{{- end }}
{{- end -}}

{{/*
Deployment and Service of one component (same dict as baton.selectorLabels). Both are named
after the component, so the Service name is the one the gateway and the other services use.
*/}}
{{- define "baton.component" -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .name }}
  labels:
    {{- include "baton.labels" . | nindent 4 }}
spec:
  replicas: {{ .component.replicaCount }}
  selector:
    matchLabels:
      {{- include "baton.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "baton.labels" . | nindent 8 }}
    spec:
      containers:
        - name: {{ .name }}
          image: {{ include "baton.image" . | quote }}
          imagePullPolicy: {{ .root.Values.global.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ .component.service.port }}
              protocol: TCP
          env:
            - name: SERVER_PORT
              value: {{ .component.service.port | quote }}
            {{- if eq .name "gateway" }}
            {{- include "baton.gatewayEnv" . | trim | nindent 12 }}
            {{- end }}
          livenessProbe:
            httpGet:
              path: /actuator/health/liveness
              port: http
          readinessProbe:
            httpGet:
              path: /actuator/health/readiness
              port: http
---
apiVersion: v1
kind: Service
metadata:
  name: {{ .name }}
  labels:
    {{- include "baton.labels" . | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "baton.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ .component.service.port }}
      targetPort: http
      protocol: TCP
{{- end -}}
