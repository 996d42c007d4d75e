/** Alert events and their delivery to the tools operators watch. */
package com.trialsage.alerts;
