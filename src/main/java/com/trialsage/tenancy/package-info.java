/**
 * Who is calling: the tenant and roles from the caller's JWT, the checks MP-JWT leaves out (not
 * before, issued-at skew, maximum age, tenant claim), and the tenants table.
 */
package com.trialsage.tenancy;
