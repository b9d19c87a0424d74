package io.baton.retention.revenue.application;

import io.baton.retention.revenue.domain.CustomerDetail;
import java.util.List;

/**
 * One page of the customers behind a row of the figures: its number (from 0) and size, how many
 * customers the row has in all, and this page's.
 */
public record CustomerPage(
    int page, int size, long totalCustomers, List<CustomerDetail> customers) {}
