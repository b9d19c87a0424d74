{{/*
Configuration of the containers: the non-secret settings (ConfigMap data, environment variables
bound by Spring's relaxed binding) and references to the secret ones.
*/}}

{{/*
"true" when the Camunda connection uses OAuth client credentials (oidc, or SaaS), else "".
*/}}
{{- define "baton.camundaUsesOAuth" -}}
{{- if or (eq .Values.camunda.mode "saas") (eq .Values.camunda.auth.method "oidc") -}}true{{- end -}}
{{- end -}}

{{/*
Non-secret settings of the Camunda connection (camunda.client.*), as JSON: variable -> value.
SaaS addresses, token URL and audience are derived as the Camunda starter's saas mode does, and
set explicitly because the services' own defaults name the local engine.
*/}}
{{- define "baton.camundaConfig" -}}
{{- $camunda := .Values.camunda -}}
{{- $auth := $camunda.auth -}}
{{- $config := dict "CAMUNDA_CLIENT_MODE" $camunda.mode -}}
{{- if eq $camunda.mode "saas" -}}
{{- $cluster := required "camunda.saas.clusterId is required with camunda.mode=saas" $camunda.saas.clusterId -}}
{{- $region := required "camunda.saas.region is required with camunda.mode=saas" $camunda.saas.region -}}
{{- $_ := set $config "CAMUNDA_CLIENT_CLOUD_CLUSTER_ID" $cluster -}}
{{- $_ = set $config "CAMUNDA_CLIENT_CLOUD_REGION" $region -}}
{{- $_ = set $config "CAMUNDA_CLIENT_GRPC_ADDRESS" (printf "https://%s.%s.zeebe.camunda.io:443" $cluster $region) -}}
{{- $_ = set $config "CAMUNDA_CLIENT_REST_ADDRESS" (printf "https://%s.zeebe.camunda.io:443/%s" $region $cluster) -}}
{{- $_ = set $config "CAMUNDA_CLIENT_AUTH_METHOD" "oidc" -}}
{{- $_ = set $config "CAMUNDA_CLIENT_AUTH_TOKEN_URL" ($auth.tokenUrl | default "https://login.cloud.camunda.io/oauth/token") -}}
{{- $_ = set $config "CAMUNDA_CLIENT_AUTH_AUDIENCE" ($auth.audience | default "zeebe.camunda.io") -}}
{{- else -}}
{{- $_ := set $config "CAMUNDA_CLIENT_GRPC_ADDRESS" (required "camunda.grpcAddress is required" $camunda.grpcAddress) -}}
{{- $_ = set $config "CAMUNDA_CLIENT_REST_ADDRESS" (required "camunda.restAddress is required" $camunda.restAddress) -}}
{{- $_ = set $config "CAMUNDA_CLIENT_AUTH_METHOD" $auth.method -}}
{{- if eq $auth.method "oidc" -}}
{{- $_ = set $config "CAMUNDA_CLIENT_AUTH_TOKEN_URL" (required "camunda.auth.tokenUrl is required with camunda.auth.method=oidc" $auth.tokenUrl) -}}
{{- with $auth.audience -}}
{{- $_ = set $config "CAMUNDA_CLIENT_AUTH_AUDIENCE" . -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- if include "baton.camundaUsesOAuth" . -}}
{{- $_ := set $config "CAMUNDA_CLIENT_AUTH_CLIENT_ID" (required "camunda.auth.clientId is required with oidc or saas" $auth.clientId) -}}
{{- $_ = set $config "CAMUNDA_CLIENT_AUTH_CREDENTIALS_CACHE_PATH" "/tmp/camunda/credentials" -}}
{{- with $auth.scope -}}
{{- $_ = set $config "CAMUNDA_CLIENT_AUTH_SCOPE" . -}}
{{- end -}}
{{- end -}}
{{- toJson $config -}}
{{- end -}}

{{/*
"true" when a component calls other services with a token of its own (client credentials): every
service that calls another. The gateway relays its callers' tokens instead.
*/}}
{{- define "baton.usesServiceClient" -}}
{{- if and (ne .name "gateway") .component.calls -}}true{{- end -}}
{{- end -}}

{{/*
Token settings of a component (dict: root, name, component), as JSON: variable -> value. Every
component validates every request's token itself (baton.security.*), with the key set named by the
issuer's discovery document unless security.jwkSetUri is given; a service that calls others gets
its client-credentials settings (the token endpoint defaults to Keycloak's path below the issuer);
the gateway tells the console which public client signs users in, and takes its pod's share of
each caller's rate limit: each pod keeps its own buckets and the load balancer spreads a caller's
requests over the pods, so each allows the configured rate divided by the most pods there can be.
*/}}
{{- define "baton.securityConfig" -}}
{{- $security := .root.Values.security -}}
{{- $issuer := required "security.issuer is required: the issuer (iss) of your OIDC provider's tokens" $security.issuer -}}
{{- $base := trimSuffix "/" $issuer -}}
{{- $config := dict "BATON_SECURITY_ISSUER" $issuer "BATON_SECURITY_AUDIENCE" $security.audience -}}
{{- with $security.jwkSetUri -}}
{{- $_ := set $config "BATON_SECURITY_JWK_SET_URI" . -}}
{{- end -}}
{{- $_ := set $config "BATON_SECURITY_ROLES_CLAIM" $security.rolesClaim -}}
{{- $_ = set $config "BATON_SECURITY_USERNAME_CLAIM" $security.usernameClaim -}}
{{- if include "baton.usesServiceClient" . -}}
{{- $_ = set $config "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_BATON_TOKEN_URI" ($security.tokenUri | default (printf "%s/protocol/openid-connect/token" $base)) -}}
{{- $_ = set $config "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_BATON_SYSTEM_CLIENT_ID" $security.clientId -}}
{{- end -}}
{{- if eq .name "gateway" -}}
{{- $_ = set $config "BATON_CONSOLE_SIGN_IN_CLIENT_ID" $security.consoleClientId -}}
{{- $pods := int (ternary .component.autoscaling.maxReplicas .component.replicaCount .component.autoscaling.enabled) -}}
{{- $_ = set $config "BATON_SECURITY_RATE_LIMIT_REQUESTS_PER_SECOND" (toString (div (add (int $security.rateLimit.requestsPerSecond) (sub $pods 1)) $pods)) -}}
{{- $_ = set $config "BATON_SECURITY_RATE_LIMIT_BURST" (toString (div (add (int $security.rateLimit.burst) (sub $pods 1)) $pods)) -}}
{{- end -}}
{{- toJson $config -}}
{{- end -}}

{{/*
Where CRMs call Baton: intake.publicUrl, else the first ingress host (https when the ingress has
TLS), else "".
*/}}
{{- define "baton.intakePublicUrl" -}}
{{- if .Values.intake.publicUrl -}}
{{- trimSuffix "/" .Values.intake.publicUrl -}}
{{- else if and .Values.ingress.enabled .Values.ingress.hosts -}}
{{- printf "%s://%s" (ternary "https" "http" (not (empty .Values.ingress.tls))) (first .Values.ingress.hosts).host -}}
{{- end -}}
{{- end -}}

{{/*
CRM intake settings of a component that takes CRM webhooks (dict: root, name, component), as JSON:
variable -> value. HubSpot signs the full URL it called, so with HubSpot's intake on the component
learns the public URL; handoff-service also learns whose HubSpot owner ids are which Baton users.
*/}}
{{- define "baton.intakeConfig" -}}
{{- $intake := .root.Values.intake -}}
{{- $config := dict -}}
{{- if $intake.hubspot.existingSecret -}}
{{- $url := include "baton.intakePublicUrl" .root -}}
{{- if not $url -}}
{{- fail "intake.publicUrl is required with intake.hubspot.existingSecret when the ingress is off: HubSpot signs the URL it calls" -}}
{{- end -}}
{{- $_ := set $config "BATON_INTAKE_HUBSPOT_PUBLIC_URL" $url -}}
{{- if eq .name "handoff-service" -}}
{{- range $ownerId, $username := $intake.hubspot.owners -}}
{{- $_ := set $config (printf "BATON_INTAKE_HUBSPOT_OWNERS_%s" $ownerId) (toString $username) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- toJson $config -}}
{{- end -}}

{{/*
The console's URL for the deep links in notifications: notifications.consoleUrl, else the first
ingress host (https when the ingress has TLS), else "".
*/}}
{{- define "baton.consoleUrl" -}}
{{- if .Values.notifications.consoleUrl -}}
{{- trimSuffix "/" .Values.notifications.consoleUrl -}}
{{- else if and .Values.ingress.enabled .Values.ingress.hosts -}}
{{- printf "%s://%s" (ternary "https" "http" (not (empty .Values.ingress.tls))) (first .Values.ingress.hosts).host -}}
{{- end -}}
{{- end -}}

{{/*
The name of a webhook target in its environment variables: BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_<NAME>_*.
*/}}
{{- define "baton.webhookTargetVariable" -}}
{{- printf "BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_%s" (upper .) -}}
{{- end -}}

{{/*
Notification settings of a component that tells people (dict: root, name, component), as JSON:
variable -> value. The SMTP server and sender, the directory, the console's URL, and each webhook
target's URL (unless it is in the target's Secret), format and events.
*/}}
{{- define "baton.notificationConfig" -}}
{{- $notifications := .root.Values.notifications -}}
{{- $config := dict "BATON_NOTIFICATIONS_DIRECTORY" $notifications.directory "BATON_NOTIFICATIONS_EMAIL_FROM" $notifications.smtp.from -}}
{{- with $notifications.smtp.host -}}
{{- $_ := set $config "SPRING_MAIL_HOST" . -}}
{{- $_ = set $config "SPRING_MAIL_PORT" (toString $notifications.smtp.port) -}}
{{- end -}}
{{- with include "baton.consoleUrl" .root -}}
{{- $_ := set $config "BATON_NOTIFICATIONS_CONSOLE_URL" . -}}
{{- end -}}
{{- range $name, $target := $notifications.webhooks.targets -}}
{{- $variable := include "baton.webhookTargetVariable" $name -}}
{{- if not $target.existingSecretUrlKey -}}
{{- $_ := set $config (printf "%s_URL" $variable) (required (printf "notifications.webhooks.targets.%s.url or existingSecretUrlKey is required" $name) $target.url) -}}
{{- end -}}
{{- $_ := set $config (printf "%s_FORMAT" $variable) ($target.format | default "json") -}}
{{- with $target.events -}}
{{- $_ := set $config (printf "%s_EVENTS" $variable) (join "," .) -}}
{{- end -}}
{{- end -}}
{{- with $notifications.webhooks.allowedHosts -}}
{{- $_ := set $config "BATON_NOTIFICATIONS_WEBHOOKS_ALLOWED_HOSTS" (join "," .) -}}
{{- end -}}
{{- with $notifications.webhooks.timeout -}}
{{- $_ := set $config "BATON_NOTIFICATIONS_WEBHOOKS_TIMEOUT" . -}}
{{- end -}}
{{- toJson $config -}}
{{- end -}}

{{/*
Data of a component's ConfigMap (dict: root, name, component), as JSON: variable -> value.
*/}}
{{- define "baton.configData" -}}
{{- $root := .root -}}
{{- $managementPort := required (printf "components.%s.managementPort is required" .name) .component.managementPort -}}
{{- if eq (toString $managementPort) (toString .component.port) -}}
{{- fail (printf "components.%s.managementPort must differ from its port: actuator and metrics stay off the port the gateway and the ingress route to" .name) -}}
{{- end -}}
{{- $data := dict "SERVER_PORT" (toString .component.port) "MANAGEMENT_SERVER_PORT" (toString $managementPort) "JAVA_TOOL_OPTIONS" .component.jvmOptions -}}
{{- with .component.mongodb.database -}}
{{- $_ := set $data "SPRING_DATA_MONGODB_DATABASE" . -}}
{{- end -}}
{{- if .component.camunda -}}
{{- $data = merge $data (include "baton.camundaConfig" $root | fromJson) -}}
{{- end -}}
{{- range .component.calls -}}
{{- $callee := get $root.Values.components . -}}
{{- if $callee.enabled -}}
{{- $_ := set $data (printf "BATON_SERVICES_%s_URL" (. | upper | replace "-" "_")) (printf "http://%s:%v" . $callee.port) -}}
{{- end -}}
{{- end -}}
{{- $data = merge $data (include "baton.securityConfig" (dict "root" $root "name" .name "component" .component) | fromJson) -}}
{{- if .component.intake -}}
{{- $data = merge $data (include "baton.intakeConfig" (dict "root" $root "name" .name "component" .component) | fromJson) -}}
{{- end -}}
{{- if .component.notifications -}}
{{- $data = merge $data (include "baton.notificationConfig" (dict "root" $root "name" .name "component" .component) | fromJson) -}}
{{- end -}}
{{- range $key, $value := .component.config -}}
{{- $_ := set $data $key (toString $value) -}}
{{- end -}}
{{- toJson $data -}}
{{- end -}}

{{/*
ConfigMap of a component (dict: root, name, component). Its hash is the pods' checksum/config.
*/}}
{{- define "baton.configMap" -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .name }}
  labels:
    {{- include "baton.labels" . | nindent 4 }}
data:
  {{- include "baton.configData" . | fromJson | toYaml | nindent 2 }}
{{- end -}}

{{/*
Environment variables of the Camunda OAuth client secret, from camunda.auth.existingSecret or
the chart's Secret (empty without OAuth).
*/}}
{{- define "baton.camundaSecretEnv" -}}
{{- if include "baton.camundaUsesOAuth" . -}}
{{- $auth := .Values.camunda.auth -}}
{{- if not (or $auth.existingSecret $auth.clientSecret) -}}
{{- fail "camunda.auth.existingSecret is required with oidc or saas (a Secret holding the OAuth client secret)" -}}
{{- end -}}
- name: CAMUNDA_CLIENT_AUTH_CLIENT_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ $auth.existingSecret | default (include "baton.secretName" .) }}
      key: {{ ternary $auth.existingSecretClientSecretKey "camunda-client-secret" (ne $auth.existingSecret "") }}
{{- end -}}
{{- end -}}

{{/*
Secret environment variables of a component (dict: root, name, component): its MongoDB
connection string, the Camunda client secret, the services' OAuth client secret, the CRM
intake's secrets for a component that takes CRM webhooks (each only when its Secret is given), and
for a component that tells people the SMTP credentials and each webhook target's signing secret
(and URL, when it is in the Secret).
*/}}
{{- define "baton.secretEnv" -}}
{{- $mongodb := .root.Values.mongodb -}}
{{- if .component.mongodb.database }}
{{- $existingSecret := .component.mongodb.existingSecret | default $mongodb.existingSecret }}
- name: SPRING_DATA_MONGODB_URI
  valueFrom:
    secretKeyRef:
      name: {{ $existingSecret | default (include "baton.secretName" .root) }}
      key: {{ ternary $mongodb.existingSecretUriKey "mongodb-uri" (ne $existingSecret "") }}
{{- end }}
{{- if .component.camunda }}
{{ include "baton.camundaSecretEnv" .root }}
{{- end }}
{{- if include "baton.usesServiceClient" . }}
- name: SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_BATON_SYSTEM_CLIENT_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ required "security.existingSecret is required: the Secret holding the services' OAuth client secret" .root.Values.security.existingSecret }}
      key: {{ .root.Values.security.existingSecretClientSecretKey }}
{{- end }}
{{- if .component.intake }}
{{- $intake := .root.Values.intake }}
{{- with $intake.hubspot.existingSecret }}
- name: BATON_INTAKE_HUBSPOT_CLIENT_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: {{ $intake.hubspot.existingSecretClientSecretKey }}
{{- end }}
{{- with $intake.webhook.existingSecret }}
- name: BATON_INTAKE_WEBHOOK_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: {{ $intake.webhook.existingSecretKey }}
{{- end }}
{{- end }}
{{- if .component.notifications }}
{{- $notifications := .root.Values.notifications }}
{{- with $notifications.smtp.existingSecret }}
- name: SPRING_MAIL_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: {{ $notifications.smtp.existingSecretUsernameKey }}
- name: SPRING_MAIL_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: {{ $notifications.smtp.existingSecretPasswordKey }}
{{- end }}
{{- range $name, $target := $notifications.webhooks.targets }}
{{- $variable := include "baton.webhookTargetVariable" $name }}
{{- $secret := required (printf "notifications.webhooks.targets.%s.existingSecret is required: the Secret holding its signing secret" $name) $target.existingSecret }}
- name: {{ $variable }}_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: {{ $target.existingSecretKey | default "webhook-secret" }}
{{- with $target.existingSecretUrlKey }}
- name: {{ $variable }}_URL
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: {{ . }}
{{- end }}
{{- end }}
{{- end }}
{{- end -}}

{{/*
Data of the chart's Secret, as JSON: key -> value. Holds only what values give in the clear:
the shared MongoDB connection string when a component uses it and no existingSecret is set, and
camunda.auth.clientSecret when no camunda.auth.existingSecret is set.
*/}}
{{- define "baton.secretData" -}}
{{- $data := dict -}}
{{- if not .Values.mongodb.existingSecret -}}
{{- range $name, $component := include "baton.components" . | fromJson -}}
{{- if and $component.mongodb.database (not $component.mongodb.existingSecret) -}}
{{- $_ := set $data "mongodb-uri" (required "mongodb.uri or mongodb.existingSecret is required" $.Values.mongodb.uri) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- $auth := .Values.camunda.auth -}}
{{- if and (include "baton.camundaUsesOAuth" .) (not $auth.existingSecret) $auth.clientSecret -}}
{{- $_ := set $data "camunda-client-secret" $auth.clientSecret -}}
{{- end -}}
{{- toJson $data -}}
{{- end -}}

{{/*
The chart's Secret, or nothing when it would be empty. Its hash is the pods' checksum/secret.
*/}}
{{- define "baton.secret" -}}
{{- $data := include "baton.secretData" . | fromJson -}}
{{- if $data -}}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "baton.secretName" . }}
  labels:
    {{- include "baton.labels" (dict "root" . "name" "connections") | nindent 4 }}
type: Opaque
data:
  {{- range $key, $value := $data }}
  {{ $key }}: {{ $value | b64enc | quote }}
  {{- end }}
{{- end -}}
{{- end -}}
