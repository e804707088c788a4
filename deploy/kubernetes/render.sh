#!/usr/bin/env bash
# Prints the manifests of a kustomization (default: overlays/production) as one YAML stream:
#
#   deploy/kubernetes/render.sh [overlays/production | base]
#
# kubectl's built-in kustomize renders them; no kustomize binary is needed. It is $KUBECTL if set, else the kubectl
# on the PATH, else Debian's kubernetes-client (kubectl 1.20, kustomize v2.0.3), installed here with apt-get (as
# root) when missing. The files keep to what kustomize v2.0.3 reads (bases, configMapGenerator, images, namespace)
# and current versions still accept, so every kubectl renders the same objects (docs/decisions.md, 0022).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="${1:-overlays/production}"
case "$target" in
  /*) ;;
  *) target="$here/$target" ;;
esac

kubectl="${KUBECTL:-}"
if [[ -z "$kubectl" ]]; then
  if command -v kubectl >/dev/null 2>&1; then
    kubectl=kubectl
  else
    if [[ "$(id -u)" -ne 0 ]]; then
      echo "render.sh: kubectl is missing; install Debian's kubernetes-client (or any kubectl) or run as root" >&2
      exit 1
    fi
    echo "render.sh: kubectl is missing; installing Debian's kubernetes-client" >&2
    # A fresh machine may have no package lists yet.
    if ! apt-get install -y -q kubernetes-client >&2; then
      apt-get update -q >&2
      apt-get install -y -q kubernetes-client >&2
    fi
    kubectl=kubectl
  fi
fi
exec "$kubectl" kustomize "$target"
