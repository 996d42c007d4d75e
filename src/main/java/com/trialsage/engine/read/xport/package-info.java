/**
 * The SAS XPORT version 5 reader (SAS technical note TS-140): 80-byte header records, namestr
 * records, IBM/370 floating point and the 28 SAS missing values, read through a fixed-size buffer.
 */
package com.trialsage.engine.read.xport;
