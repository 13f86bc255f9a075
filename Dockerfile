FROM python:3.11-slim

WORKDIR /app
COPY pyproject.toml README.md ./
COPY proxy ./proxy
COPY redaction ./redaction
COPY config ./config
RUN pip install --no-cache-dir . && useradd --system --home /var/lib/tekino-proxy tekino \
    && mkdir -p /var/lib/tekino-proxy && chown tekino /var/lib/tekino-proxy

USER tekino
WORKDIR /var/lib/tekino-proxy
ENV LITELLM_LOCAL_MODEL_COST_MAP=True
EXPOSE 8080
# Mount your own config (and set TEKINO_SECRET_KEY and provider keys) in production.
CMD ["tekino-proxy", "serve", "--config", "/app/config/default.yaml", "--host", "0.0.0.0", "--port", "8080"]
