{{/*
Pod parts shared by the components' Deployments and the workflows deployer's Job
(dict: root, name, component).
*/}}

{{/*
Pod-level fields: registry credentials, security context, scheduling.
*/}}
{{- define "baton.podSpec" -}}
{{- $pullSecrets := concat .root.Values.global.imagePullSecrets .component.imagePullSecrets | uniq -}}
{{- with $pullSecrets }}
imagePullSecrets:
  {{- range . }}
  - name: {{ . }}
  {{- end }}
{{- end }}
securityContext:
  {{- toYaml .component.podSecurityContext | nindent 2 }}
{{- with .component.priorityClassName }}
priorityClassName: {{ . }}
{{- end }}
{{- with .component.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .component.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .component.topologySpreadConstraints }}
topologySpreadConstraints:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/*
Container fields that do not depend on the kind of workload: image, security context,
resources, volume mounts.
*/}}
{{- define "baton.containerSpec" -}}
image: {{ include "baton.image" . | quote }}
imagePullPolicy: {{ include "baton.imagePullPolicy" . }}
securityContext:
  {{- toYaml .component.containerSecurityContext | nindent 2 }}
resources:
  {{- toYaml (required (printf "%s: resources are required" .name) .component.resources) | nindent 2 }}
volumeMounts:
  - name: tmp
    mountPath: /tmp
  {{- with .component.extraVolumeMounts }}
  {{- toYaml . | nindent 2 }}
  {{- end }}
{{- end -}}

{{/*
Volumes of the pod: the writable /tmp (the root filesystem is read-only) and extra volumes.
*/}}
{{- define "baton.volumes" -}}
volumes:
  - name: tmp
    emptyDir:
      sizeLimit: {{ .component.tmpSizeLimit }}
  {{- with .component.extraVolumes }}
  {{- toYaml . | nindent 2 }}
  {{- end }}
{{- end -}}

{{/*
Affinity of a component's pods: its own affinity, else the anti-affinity preset (soft: prefer
different nodes; hard: require them).
*/}}
{{- define "baton.affinity" -}}
{{- if .component.affinity -}}
{{- toYaml .component.affinity -}}
{{- else if eq .component.podAntiAffinityPreset "soft" -}}
podAntiAffinity:
  preferredDuringSchedulingIgnoredDuringExecution:
    - weight: 100
      podAffinityTerm:
        topologyKey: kubernetes.io/hostname
        labelSelector:
          matchLabels:
            {{- include "baton.selectorLabels" . | nindent 12 }}
{{- else if eq .component.podAntiAffinityPreset "hard" -}}
podAntiAffinity:
  requiredDuringSchedulingIgnoredDuringExecution:
    - topologyKey: kubernetes.io/hostname
      labelSelector:
        matchLabels:
          {{- include "baton.selectorLabels" . | nindent 10 }}
{{- end -}}
{{- end -}}

{{/*
An HTTP probe on the component's port (dict: path, probe).
*/}}
{{- define "baton.probe" -}}
httpGet:
  path: {{ .path }}
  port: http
periodSeconds: {{ .probe.periodSeconds }}
timeoutSeconds: {{ .probe.timeoutSeconds }}
failureThreshold: {{ .probe.failureThreshold }}
{{- end -}}
