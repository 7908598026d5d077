#!/bin/bash
# Creates one database and one user per subgraph (the joint office's: `office`). The mariadb image runs this once, when it
# initialises an empty data volume (/docker-entrypoint-initdb.d); changing a password later
# means ALTER USER by hand or recreating the volume.
#
# Passwords come from the container's environment (docker-compose.yml passes them through);
# the defaults are for local development only. Each user gets ALL on its own database and
# nothing else, so a compromised subgraph cannot read another department's data.
#
# The entrypoint sources .sh files that are not executable and runs those that are, so this
# works both ways (and does not change the entrypoint's shell options when sourced).
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
fi

# Quotes a value for use inside a single-quoted SQL string literal.
sql_string() {
  local s=${1//\\/\\\\}
  printf '%s' "${s//\'/\'\'}"
}

labor_password=$(sql_string "${LABOR_DB_PASSWORD:-labor-dev}")
finance_password=$(sql_string "${FINANCE_DB_PASSWORD:-finance-dev}")
tax_password=$(sql_string "${TAX_DB_PASSWORD:-tax-dev}")
commerce_password=$(sql_string "${COMMERCE_DB_PASSWORD:-commerce-dev}")
office_password=$(sql_string "${OFFICE_DB_PASSWORD:-office-dev}")

run_sql() {
  if declare -F docker_process_sql >/dev/null; then
    docker_process_sql # sourced by the entrypoint: it knows how to log in as root
  else
    MYSQL_PWD="${MARIADB_ROOT_PASSWORD:-}" mariadb --protocol=socket -uroot
  fi
}

run_sql <<SQL
CREATE DATABASE IF NOT EXISTS labor CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS finance CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS tax CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS commerce CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS office CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE USER IF NOT EXISTS 'labor'@'%' IDENTIFIED BY '${labor_password}';
ALTER USER 'labor'@'%' IDENTIFIED BY '${labor_password}';
GRANT ALL PRIVILEGES ON labor.* TO 'labor'@'%';

CREATE USER IF NOT EXISTS 'finance'@'%' IDENTIFIED BY '${finance_password}';
ALTER USER 'finance'@'%' IDENTIFIED BY '${finance_password}';
GRANT ALL PRIVILEGES ON finance.* TO 'finance'@'%';

CREATE USER IF NOT EXISTS 'tax'@'%' IDENTIFIED BY '${tax_password}';
ALTER USER 'tax'@'%' IDENTIFIED BY '${tax_password}';
GRANT ALL PRIVILEGES ON tax.* TO 'tax'@'%';

CREATE USER IF NOT EXISTS 'commerce'@'%' IDENTIFIED BY '${commerce_password}';
ALTER USER 'commerce'@'%' IDENTIFIED BY '${commerce_password}';
GRANT ALL PRIVILEGES ON commerce.* TO 'commerce'@'%';

CREATE USER IF NOT EXISTS 'office'@'%' IDENTIFIED BY '${office_password}';
ALTER USER 'office'@'%' IDENTIFIED BY '${office_password}';
GRANT ALL PRIVILEGES ON office.* TO 'office'@'%';

FLUSH PRIVILEGES;
SQL
