/**
 * retention-service's revenue answers (GET /api/revenue/**) as the console reads them: names onto the
 * types generated from retention's committed OpenAPI document (`npm run generate:api`), as
 * `../api/models.ts` names the other answers. retention leaves out what it does not know, so a key its
 * document does not require (a customer's name, any part of its lineage) may be absent; the figures,
 * the churn rate and `leadFiguresAsOf` are always sent, null when unknown.
 */
import type { components } from '../api/generated/retention-service';

type Schemas = components['schemas'];

/** GET /api/revenue/accountability?dimension&from&to */
export type Accountability = Schemas['AccountabilityResponse'];
/** One value of the dimension; null is the customers (and leads) with no value for it ("unknown"). */
export type AccountabilityRow = Schemas['AccountabilityRow'];
/** What the accountability figures are grouped by. */
export type Dimension = Accountability['dimension'];

/** Every figure: its value (null when nothing to compute it over) and the count it is computed over. */
export type Figure = Schemas['FigureResponse'];
export type Figures = Schemas['FiguresResponse'];
export type FigureName = keyof Figures;

/** GET /api/revenue/losses?dimension&from&to: the customers lost in the period (by churn day), whenever they closed. */
export type Losses = Schemas['LossesResponse'];
/** One value of the dimension and the figures of its customers lost; null is those with no value ("unknown"). */
export type LossesRow = Schemas['LossesRow'];
export type LossFigures = Schemas['LossFiguresResponse'];
export type LossFigureName = keyof LossFigures;

/** GET /api/revenue/churn-predictors?from&to */
export type ChurnPredictors = Schemas['ChurnPredictorsResponse'];
export type ChurnPredictor = Schemas['ChurnFactorComparison'];
export type ChurnFactor = ChurnPredictor['factor'];
/** The customers with (or without) a factor: how many, how many churned (rate null for none), GRR 365 d. */
export type Cohort = Schemas['ChurnCohort'];

/** GET /api/revenue/customers?dimension&value&from&to&basis&page&size: a page of the customers behind a row. */
export type RevenueCustomers = Schemas['RevenueCustomersResponse'];
/** Which customers a period selects: those closed in it, or those lost in it. */
export type Basis = RevenueCustomers['basis'];
/** One customer behind a row; `customerId` is the deal id that won it. */
export type RevenueCustomer = Schemas['CustomerDetail'];
/** What travels with the customer from the lead on; every key may be absent (unknown). */
export type Lineage = Schemas['Lineage'];
